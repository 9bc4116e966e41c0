import fs from "node:fs";
import Verifier from "stream-json/utils/Verifier";
import { RECORD_KINDS, type RecordKind } from "./dataset";
import { ImportStopped } from "./writer";
import { JsonPieces, NotJson, type PiecesOptions } from "./json-pieces";

/** A delivery file that cannot be read, or is not JSON: where, and what. */
export class UnreadableDelivery extends Error {}

/** The size of a delivery file in bytes; UnreadableDelivery when there is none to read. */
export async function sizeOf(file: string): Promise<number> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new Error("not a file");
    return stat.size;
  } catch {
    throw new UnreadableDelivery("cannot be read");
  }
}

/** What reading a delivery file hands on: its outer object's fields, and its records one by one. */
export interface DeliveryReader {
  /** The outer object with each array of records given as `[]`; called once, at the end. */
  shell(shell: unknown): void;
  /** A kind given twice. */
  repeated(kind: RecordKind): void;
  /** One record, and its text in the file; return a promise to hold reading until it resolves (a full spool). */
  record(kind: RecordKind, index: number, record: unknown, text: string): Promise<void> | undefined;
}

const KINDS = new Set<string>(RECORD_KINDS);

/**
 * Reads a delivery file piece by piece, so a file far larger than memory is read with only one
 * record in memory at a time. The outer object is walked here; each record (and every other value)
 * is cut out as text and parsed by JSON.parse, so every key is an own property (`__proto__` too)
 * and the values are exactly those of the file read whole. Records are handed on in file order.
 */
export async function readDeliveryFile(
  file: string,
  reader: DeliveryReader,
  { signal, ...options }: { signal?: AbortSignal | undefined } & PiecesOptions = {},
): Promise<void> {
  if ((await sizeOf(file)) === 0) throw new UnreadableDelivery("is empty");
  let pieces: JsonPieces;
  try {
    pieces = await JsonPieces.open(file, options);
  } catch {
    throw new UnreadableDelivery("cannot be read");
  }
  try {
    reader.shell(await walkDelivery(pieces, reader, signal));
  } catch (error) {
    if (error instanceof NotJson || error instanceof SyntaxError) throw new UnreadableDelivery(`not valid JSON${await whereInvalid(file)}`);
    if (error instanceof UnreadableDelivery || error instanceof ImportStopped) throw error;
    if ((error as NodeJS.ErrnoException).code) throw new UnreadableDelivery("cannot be read"); // the file, not its text
    throw error;
  } finally {
    await pieces.close();
  }
}

/** Walks the outer object: its fields into the shell, the records of each kind's array to the reader. Null when it is no object. */
async function walkDelivery(pieces: JsonPieces, reader: DeliveryReader, signal: AbortSignal | undefined): Promise<unknown> {
  if ((await pieces.peek()) !== "{") {
    await eachElement(pieces, () => undefined); // not a delivery: read to the end to know it is JSON, nothing kept
    await pieces.end();
    return null;
  }
  await pieces.take("{");
  const shell: Record<string, unknown> = {};
  const seen = new Set<string>();
  let more = (await pieces.peek()) !== "}";
  if (!more) await pieces.take("}");
  while (more) {
    if ((await pieces.peek()) !== '"') throw new NotJson("expected a field name");
    const key = JSON.parse(await pieces.valueText()) as string;
    await pieces.take(":");
    const isList = KINDS.has(key) && (await pieces.peek()) === "[";
    if (isList && seen.has(key)) {
      reader.repeated(key as RecordKind);
      await eachElement(pieces, () => undefined);
    } else if (isList) {
      const kind = key as RecordKind;
      seen.add(kind);
      shell[kind] = [];
      let index = 0;
      await eachElement(pieces, (record, text) => {
        if (signal?.aborted) throw new ImportStopped(0, 0, "stopped while reading the delivery, before writing anything");
        return reader.record(kind, index++, record, text);
      });
    } else if (key !== "source" && !KINDS.has(key)) {
      setOwn(shell, key, true); // not a field of a delivery: the shell's check says so, and its value is not kept
      await eachElement(pieces, () => undefined);
    } else {
      setOwn(shell, key, JSON.parse(await pieces.valueText())); // the source, or a kind that is not a list
    }
    more = (await pieces.take(",}")) === ",";
  }
  await pieces.end();
  return shell;
}

/**
 * The elements of an array, each parsed and handed to `take` with its text (which may ask to wait); any other
 * value is parsed whole and handed on as one.
 */
async function eachElement(pieces: JsonPieces, take: (value: unknown, text: string) => Promise<void> | undefined): Promise<void> {
  if ((await pieces.peek()) !== "[") {
    const text = await pieces.valueText();
    await take(JSON.parse(text), text);
    return;
  }
  await pieces.take("[");
  if ((await pieces.peek()) === "]") {
    await pieces.take("]");
    return;
  }
  // the synchronous steps first: a promise only where a record straddles two chunks, or the reader asks to wait
  for (;;) {
    const text = pieces.valueTextNow() ?? (await pieces.valueText());
    const wait = take(JSON.parse(text), text);
    if (wait) await wait;
    if ((pieces.takeNow(",]") ?? (await pieces.take(",]"))) === "]") return;
  }
}

/** Sets a key as JSON.parse does: an own property, even `__proto__` (which assignment would take as the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Where a file stops being JSON (stream-json's verifier knows the line and column). */
async function whereInvalid(file: string): Promise<string> {
  const verifier = new Verifier();
  const where = new Promise<string>((resolve) => {
    verifier.on("error", (e: Error & { line?: number; pos?: number }) => {
      const what = e.message.replace(/^.*?(cannot parse input: |has (?=expected))/, "");
      resolve(e.line !== undefined ? ` at line ${e.line}, column ${String(e.pos)}: ${what}` : `: ${what}`);
    });
    verifier.on("finish", () => resolve(""));
  });
  fs.createReadStream(file).pipe(verifier);
  return where;
}
