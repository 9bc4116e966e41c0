import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";

/** Debian's Chromium (never a downloaded browser build); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const WEB_ROOT = path.join(projectRoot, "dist", "web");

/** Says what to do when the browser or the built app is missing, as the Java check does for Neo4j. */
export function browserMissing(): string | null {
  if (!fs.existsSync(CHROMIUM)) {
    return `The browser tests need Chromium at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\` (Debian; .ci/run does this), or set CHROMIUM_PATH to another Chromium.`;
  }
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html"))) return "The web app is not built: run `npm run build` (npm test does).";
  return null;
}
