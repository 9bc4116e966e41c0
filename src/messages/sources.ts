import fs from "node:fs";
import path from "node:path";
import yauzl from "yauzl";
import type { MessageText } from "./read-batch";

/** Whether `npm run import` should read a path as iJw/iWmo messages (a .xml, a .zip, a folder) rather than a JSON delivery. */
export function isMessageSource(target: string): boolean {
  if (/\.(xml|zip)$/i.test(target)) return true;
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** A path that cannot be read as messages: said before anything is started. */
export class UnreadableMessages extends Error {}

export interface Listed { count: number; skipped: number }

/**
 * The messages under a path, one at a time, in name order: one `.xml` file, every `.xml` file of a
 * folder and its subfolders, or every `.xml` entry of a `.zip`. Other files are skipped (and
 * counted). Only the message being read is in memory. Names are relative to the folder or archive.
 */
export async function* messagesAt(target: string, listed: Listed = { count: 0, skipped: 0 }): AsyncGenerator<MessageText> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(target);
  } catch {
    throw new UnreadableMessages("cannot be read: no such file or folder");
  }
  if (stat.isDirectory()) {
    const names = (await fs.promises.readdir(target, { recursive: true })).map(String).sort();
    for (const name of names) {
      const file = path.join(target, name);
      if (!/\.xml$/i.test(name)) {
        if (fs.statSync(file).isFile()) listed.skipped++;
        continue;
      }
      listed.count++;
      // read at once: a message is a few KiB, and a promise per file costs more than the read (5,300 files/s against ~30,000)
      yield { name, text: fs.readFileSync(file, "utf8") };
    }
  } else if (/\.zip$/i.test(target)) {
    yield* zipEntries(target, listed);
  } else {
    listed.count++;
    yield { name: path.basename(target), text: await fs.promises.readFile(target, "utf8") };
  }
}

/** Entries larger than this are not messages (and a zip bomb is not unpacked). */
const MAX_ENTRY_BYTES = 1024 * 1024;

async function* zipEntries(file: string, listed: Listed): AsyncGenerator<MessageText> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, z) => (error || !z ? reject(new UnreadableMessages(`is not a readable .zip (${error?.message ?? "empty"})`)) : resolve(z))),
  );
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        zip.once("entry", resolve);
        zip.once("end", () => resolve(undefined));
        zip.once("error", reject);
        zip.readEntry();
      });
      zip.removeAllListeners("entry").removeAllListeners("end").removeAllListeners("error");
      if (!entry) return;
      if (entry.fileName.endsWith("/")) continue;
      if (!/\.xml$/i.test(entry.fileName)) {
        listed.skipped++;
        continue;
      }
      listed.count++;
      if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
        // too large to be a message: handed on empty, so the import names it and writes nothing
        yield { name: entry.fileName, text: "" };
        continue;
      }
      yield { name: entry.fileName, text: await readEntry(zip, entry) };
    }
  } finally {
    zip.close();
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error("unreadable entry"));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_ENTRY_BYTES) stream.destroy(new Error("entry larger than it says"));
        else chunks.push(c);
      });
      stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      stream.on("error", reject);
    });
  });
}
