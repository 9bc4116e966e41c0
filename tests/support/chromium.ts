import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";

/** Debian's Chromium, where it is installed: the fallback. */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const WEB_ROOT = path.join(projectRoot, "dist", "web");

/**
 * The Chromium the browser tests drive (never a downloaded browser build): CHROMIUM_PATH when set;
 * else the one `@sparticuz/chromium` ships inside its npm package, unpacked into the temp folder on
 * first use, so `npm install` is all a fresh machine needs; else Debian's. Global setup finds it
 * once and hands it on in CHROMIUM_PATH, so every test file of the run drives the same browser.
 */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return shippedChromium() ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null);
}

/** The package is an ES module: asked in a child process, which prints the unpacked binary's path. */
function shippedChromium(): string | null {
  try {
    const found = execFileSync(process.execPath, ["--input-type=module", "-e", "import c from '@sparticuz/chromium'; process.stdout.write(await c.executablePath())"], {
      cwd: projectRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    }).trim();
    return found && fs.existsSync(found) ? found : null;
  } catch {
    return null; // not installed (or not for this platform): Debian's, if there
  }
}

/** Says what to do when the browser or the built app is missing, as the Java check does for Neo4j. */
export function browserMissing(): string | null {
  const chromium = chromiumPath();
  if (!chromium || !fs.existsSync(chromium)) {
    return `The browser tests need Chromium: \`npm install\` brings one (@sparticuz/chromium); or install Debian's (\`sudo apt-get install -y chromium\`), or set CHROMIUM_PATH to another Chromium${chromium ? ` (${chromium} does not exist)` : ""}.`;
  }
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html"))) return "The web app is not built: run `npm run build` (npm test does).";
  return null;
}
