/**
 * The workspace's own numbers: the app's JavaScript gzipped (goal ≤ 250 kB) and how long each seed
 * story's roll takes to draw in Chromium (goal ≤ 1 s for the largest), from navigation to the
 * drawn SVG, the API's answer included. Runs against a running `npm start` (BASE, default
 * http://127.0.0.1:4000), signed in with its development ADMIN token.
 *
 *   npm start                # in one terminal
 *   npm run bench:web        # in another
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { developmentToken } from "../../src/cli/built-api";
import { projectRoot } from "../../src/config";
import { chromiumPath } from "../support/chromium";

const BASE = process.env.BASE ?? "http://127.0.0.1:4000";
const STORIES = ["h-s1", "h-s2", "h-s3", "h-s4", "h-s5"];
const RUNS = 7;

function bundleSize(): { file: string; raw: number; gzip: number }[] {
  const dir = path.join(projectRoot, "dist", "web", "assets");
  return fs.readdirSync(dir).filter((f) => f.endsWith(".js") || f.endsWith(".css")).map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

async function main(): Promise<void> {
  const sizes = bundleSize();
  const js = sizes.filter((s) => s.file.endsWith(".js")).reduce((n, s) => n + s.gzip, 0);
  const token = await developmentToken(BASE);
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? "chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${BASE}/favicon.svg`);
  await page.evaluate(`sessionStorage.setItem("behangrol.token", ${JSON.stringify(token)}); sessionStorage.setItem("behangrol.purpose", "benchmark")`);
  const rows: string[] = [];
  for (const id of STORIES) {
    const times: number[] = [];
    let items = 0;
    for (let n = 0; n < RUNS; n++) {
      const started = Date.now();
      await page.goto(`${BASE}/households/${id}`);
      await page.locator("svg.roll g.item").first().waitFor();
      times.push(Date.now() - started);
      items = await page.locator("svg.roll g.item").count();
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${id} | ${items} | ${times[Math.floor(RUNS / 2)]} ms | ${times[RUNS - 1]} ms |`);
  }
  await browser.close();
  const out = [
    `## The web workspace (${new Date().toISOString().slice(0, 10)}, \`npm run bench:web\` against \`npm start\`)`,
    "",
    `JavaScript, gzipped: ${(js / 1024).toFixed(1)} kB (goal ≤ 250 kB) — ${sizes.map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} kB`).join(", ")}`,
    "",
    `Roll drawn in Chromium, from navigation (page load, sign-in check, the household query) to the SVG on screen; ${RUNS} loads each. Goal: ≤ 1 s for the largest.`,
    "",
    "| household | items drawn | median | slowest |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  process.stdout.write(`${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`web bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
