import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Scratch folders under the system's temporary folder, removed together when the file's tests
 * are done: a started API writes its development secrets into its data folder, and those must
 * not stay behind in /tmp.
 */
export function scratchFolders(): { make(prefix: string): string; removeAll(): void } {
  const made: string[] = [];
  return {
    make(prefix) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
