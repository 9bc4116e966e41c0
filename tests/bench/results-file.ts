import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";

export const RESULTS_FILE = path.join(projectRoot, "tests", "bench", "RESULTS.md");

const begin = (part: string) => `<!-- ${part}: written by the benchmark; the rest of this file is kept -->`;
const end = (part: string) => `<!-- end of ${part} -->`;

/**
 * Puts a benchmark's report into RESULTS.md in place of its last one, between its markers, and
 * keeps every other part of the file (the other benchmarks' numbers, notes written by hand).
 * A file without the markers yet gets the part at its top.
 */
export function writeResultsPart(part: string, text: string, file = RESULTS_FILE): void {
  const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const block = `${begin(part)}\n${text.trimEnd()}\n${end(part)}\n`;
  const from = before.indexOf(begin(part));
  const to = before.indexOf(end(part));
  const after = from >= 0 && to > from
    ? before.slice(0, from) + block + before.slice(to + end(part).length).replace(/^\n/, "")
    : block + (before ? `\n${before}` : "");
  fs.writeFileSync(file, after);
}
