import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeResultsPart } from "./results-file";

describe("a benchmark's report in RESULTS.md", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-results-"));
    file = path.join(dir, "RESULTS.md");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("replaces only its own last report and keeps what other benchmarks and people wrote", () => {
    fs.writeFileSync(file, "# Intro by hand\n");
    writeResultsPart("detectors", "# Benchmarks\nfirst run", file);
    fs.appendFileSync(file, "\n# Faults and load\nrun 14: 611 dossiers/s\n");
    writeResultsPart("detectors", "# Benchmarks\nsecond run", file);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("second run");
    expect(text).not.toContain("first run");
    expect(text).toContain("# Intro by hand");
    expect(text).toContain("# Faults and load\nrun 14: 611 dossiers/s");
    expect(text.indexOf("second run")).toBeLessThan(text.indexOf("# Intro by hand"));
  });

  it("starts the file when there is none", () => {
    writeResultsPart("detectors", "# Benchmarks\nfirst run", file);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^<!-- detectors: [^\n]*-->\n# Benchmarks\nfirst run\n<!-- end of detectors -->\n$/);
  });
});
