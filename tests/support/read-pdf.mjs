// The text of a PDF as a person reads it, line by line (what `pdftotext -layout` shows), with Mozilla's
// pdf.js from npm, so no system tool is needed. Run by pdf-text.ts in its own process: pdf.js is ESM only.
import fs from "node:fs";

// pdf.js 6 expects Node 22's Promise.withResolvers; the project runs on Node 20
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
  return { promise, resolve, reject };
};
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

/** Pieces of a line in order: touching pieces (a ligature, a word split by the renderer) without a space between. */
function joined(pieces) {
  let text = "";
  let end = -Infinity;
  for (const p of pieces) {
    text += p.x - end < 1 ? p.text : (text ? " " : "") + p.text.trimStart();
    end = p.x + p.width;
  }
  return text.replace(/ {2,}/g, " ");
}

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const { items } = await page.getTextContent();
  const lines = new Map();
  for (const item of items) {
    if (!("str" in item) || !item.str.trim()) continue;
    const y = Math.round(item.transform[5] / 3); // items a few points apart in height share a line
    const line = lines.get(y) ?? [];
    line.push({ x: item.transform[4], width: item.width, text: item.str });
    lines.set(y, line);
  }
  const text = [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) => joined(line.sort((a, b) => a.x - b.x)))
    .join("\n");
  pages.push(text);
}
process.stdout.write(pages.join("\n\f"));
