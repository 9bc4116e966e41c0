import fs from "node:fs";
import { parser } from "stream-json";
import Verifier from "stream-json/utils/Verifier";
import { RECORD_KINDS, type RecordKind } from "./dataset";
import { ImportStopped } from "./writer";

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

/** A delivery file read whole and parsed (a small one: faster than streaming). */
export async function readDeliveryWhole(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, "utf8");
  } catch {
    throw new UnreadableDelivery("cannot be read");
  }
  if (!text.length) throw new UnreadableDelivery("is empty");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnreadableDelivery(`not valid JSON${await whereInvalid(file)}`);
  }
}

/** What reading a delivery file hands on: its outer object's fields, and its records one by one. */
export interface DeliveryReader {
  /** The outer object with each array of records given as `[]`; called once, at the end. */
  shell(shell: unknown): void;
  /** A kind given twice. */
  repeated(kind: RecordKind): void;
  /** One record; return a promise to hold reading until it resolves (a full spool). */
  record(kind: RecordKind, index: number, record: unknown): Promise<void> | undefined;
}

interface Token { name: string; value?: string }

const KINDS = new Set<string>(RECORD_KINDS);

/**
 * Reads a delivery file as a stream of tokens (stream-json), so a file far larger than memory is
 * read with only one record in memory at a time. Records are built with every key an own property
 * (a `__proto__` key too, as JSON.parse does), then handed on in file order.
 */
export async function readDeliveryFile(
  file: string,
  reader: DeliveryReader,
  { signal, onRead }: { signal?: AbortSignal | undefined; onRead?: ((bytes: number) => void) | undefined } = {},
): Promise<void> {
  if ((await sizeOf(file)) === 0) throw new UnreadableDelivery("is empty");
  const input = fs.createReadStream(file);
  if (onRead) input.on("data", () => onRead(input.bytesRead));
  const tokens = input.pipe(parser({ streamValues: false }));
  const walk = new Walk(reader);
  try {
    // 'data' events rather than an async iterator: a large file has tens of millions of tokens
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown): void => {
        tokens.destroy();
        reject(error);
      };
      tokens.on("data", (token: Token) => {
        try {
          const wait = walk.take(token);
          if (signal?.aborted) fail(new ImportStopped(0, 0, "stopped while reading the delivery, before writing anything"));
          else if (wait) {
            tokens.pause(); // the spool is behind: read on once it has caught up
            wait.then(() => tokens.resume(), fail);
          }
        } catch (error) {
          fail(error);
        }
      });
      tokens.once("end", resolve);
      tokens.once("error", fail);
      input.once("error", fail);
    });
  } catch (error) {
    input.destroy();
    if (error instanceof UnreadableDelivery || error instanceof ImportStopped) throw error;
    if ((error as NodeJS.ErrnoException).code) throw new UnreadableDelivery("cannot be read"); // the file, not its text
    throw new UnreadableDelivery(`not valid JSON${await whereInvalid(file)}`);
  }
  walk.end();
}

/** The walk through the outer object: which field, which record of which array. */
class Walk {
  private started = false;
  private topIsObject = false;
  private key: string | undefined;
  private readonly shell: Record<string, unknown> = {};
  private readonly seen = new Set<string>();
  /** the array of records being read, and the next record's index */
  private kind: RecordKind | undefined;
  private index = 0;
  /** a value being built (a record, or a field of the outer object) */
  private value: ValueBuilder | undefined;
  private skipping = 0;

  constructor(private readonly reader: DeliveryReader) {}

  take(token: Token): Promise<void> | undefined {
    if (!this.started) {
      this.started = true;
      this.topIsObject = token.name === "startObject";
      return undefined;
    }
    if (!this.topIsObject) return undefined; // not a delivery: nothing in it is kept
    if (this.skipping) return this.skip(token);
    if (this.value) {
      if (!this.value.take(token)) return undefined;
      const value = this.value.result;
      this.value = undefined;
      if (this.kind) return this.reader.record(this.kind, this.index++, value);
      setOwn(this.shell, this.key as string, value);
      return undefined;
    }
    if (this.kind) {
      if (token.name !== "endArray") return this.startValue(token); // the array's next record
      this.kind = undefined;
      return undefined;
    }
    if (token.name === "keyValue") {
      this.key = token.value as string;
      return undefined;
    }
    if (token.name === "endObject") return undefined; // the end of the delivery
    const key = this.key as string;
    if (KINDS.has(key) && token.name === "startArray") {
      if (this.seen.has(key)) {
        this.reader.repeated(key as RecordKind);
        return this.skip(token);
      }
      this.seen.add(key);
      this.shell[key] = [];
      this.kind = key as RecordKind;
      this.index = 0;
      return undefined;
    }
    if (key !== "source" && !KINDS.has(key)) {
      setOwn(this.shell, key, true); // not a field of a delivery: the shell's check says so, and its value is not kept
      return this.skip(token);
    }
    return this.startValue(token); // the source, or a kind that is not a list
  }

  private startValue(token: Token): Promise<void> | undefined {
    this.value = new ValueBuilder();
    return this.take(token);
  }

  private skip(token: Token): undefined {
    if (token.name === "startArray" || token.name === "startObject") this.skipping++;
    if (token.name === "endArray" || token.name === "endObject") this.skipping--;
    return undefined;
  }

  end(): void {
    this.reader.shell(this.topIsObject ? this.shell : null);
  }
}

/** Builds one JSON value from tokens, like JSON.parse: every key an own property, even `__proto__`. */
class ValueBuilder {
  private readonly stack: (unknown[] | Record<string, unknown>)[] = [];
  private readonly keys: (string | undefined)[] = [];
  private key: string | undefined;
  result: unknown;

  /** true when the value is complete */
  take(token: Token): boolean {
    switch (token.name) {
      case "startObject":
      case "startArray":
        this.keys.push(this.key);
        this.stack.push(token.name === "startObject" ? {} : []);
        return false;
      case "endObject":
      case "endArray": {
        const done = this.stack.pop();
        this.key = this.keys.pop();
        return this.set(done);
      }
      case "keyValue":
        this.key = token.value;
        return false;
      case "stringValue":
        return this.set(token.value);
      case "numberValue":
        return this.set(Number(token.value));
      case "nullValue":
        return this.set(null);
      case "trueValue":
        return this.set(true);
      case "falseValue":
        return this.set(false);
      default:
        return false;
    }
  }

  private set(value: unknown): boolean {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.result = value;
      return true;
    }
    if (Array.isArray(top)) top.push(value);
    else setOwn(top, this.key as string, value);
    return false;
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
