import { execFileSync } from "node:child_process";
import path from "node:path";

/** A PDF's text, line by line, page after page (pages apart by a form feed), read with pdf.js from npm. */
export function pdfText(file: string): string {
  return execFileSync(process.execPath, [path.join(__dirname, "read-pdf.mjs"), file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
