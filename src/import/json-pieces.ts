import fs from "node:fs";

/** The text is not JSON at this point (reading stops there; the caller says where, line and column). */
export class NotJson extends Error {}

/** Bytes read from the file at a time. */
export const CHUNK = 1 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export interface PiecesOptions {
  /** bytes read at a time (default CHUNK; tests make it small, so values straddle reads) */
  chunkSize?: number | undefined;
  /** called after each read with the bytes read so far */
  onRead?: ((bytes: number) => void) | undefined;
}

/** What each byte is to the scan: a table, as a byte-by-byte loop over a large file asks for. */
const SPACE = 1; // JSON's whitespace, nothing else
const OPEN = 2; // { [
const CLOSE = 4; // } ]
const SCALAR_END = 8; // whitespace , ] }: where a number or literal ends
const KIND = new Uint8Array(256);
for (const b of [0x20, 0x09, 0x0a, 0x0d]) KIND[b] = SPACE | SCALAR_END;
KIND[0x7b] = OPEN;
KIND[0x5b] = OPEN;
KIND[0x7d] = CLOSE | SCALAR_END;
KIND[0x5d] = CLOSE | SCALAR_END;
KIND[0x2c] = SCALAR_END;

/**
 * A JSON text read from a file piece by piece: the caller walks the outer structure (a character
 * at a time) and takes each value inside it as text, which it gives to JSON.parse. Only the value
 * being read is in memory. Cutting a value out needs only to follow strings and brackets; whether
 * it is JSON is left to JSON.parse, which refuses every cut that is not (so nothing invalid passes).
 *
 * Each step has a synchronous form that answers undefined when the bytes read so far do not
 * suffice (nothing is taken then), and an asynchronous one that reads on until they do: a record
 * costs no promise unless it straddles two chunks of the file.
 */
export class JsonPieces {
  private buf = Buffer.alloc(0);
  private pos = 0;
  private eof = false;
  private bytesRead = 0;
  /** A value's scan so far, kept while more of the file is read: bytes scanned from `pos`, and the state there. */
  private scanned = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  private constructor(
    private readonly file: fs.promises.FileHandle,
    private readonly chunkSize: number,
    private readonly onRead?: (bytes: number) => void,
  ) {}

  static async open(path: string, { chunkSize = CHUNK, onRead }: PiecesOptions = {}): Promise<JsonPieces> {
    return new JsonPieces(await fs.promises.open(path, "r"), chunkSize, onRead);
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** The next character after whitespace (not taken); "" at the end of the file; undefined when more must be read. */
  peekNow(): string | undefined {
    while (this.pos < this.buf.length && KIND[this.buf[this.pos]!]! & SPACE) this.pos++;
    if (this.pos < this.buf.length) return String.fromCharCode(this.buf[this.pos]!);
    return this.eof ? "" : undefined;
  }

  async peek(): Promise<string> {
    for (;;) {
      const next = this.peekNow();
      if (next !== undefined) return next;
      await this.more();
    }
  }

  /** Takes the next character after whitespace, which must be one of `chars`; undefined when more must be read. */
  takeNow(chars: string): string | undefined {
    const next = this.peekNow();
    if (next === undefined) return undefined;
    if (next === "" || !chars.includes(next)) throw new NotJson(`expected one of ${chars}`);
    this.pos++;
    return next;
  }

  async take(chars: string): Promise<string> {
    return this.takeNow(chars) ?? (await this.peek(), this.takeNow(chars) as string);
  }

  /** Nothing but whitespace is left. */
  async end(): Promise<void> {
    if ((await this.peek()) !== "") throw new NotJson("more after the end of the JSON value");
  }

  /** The next value (after whitespace) as text, whole; undefined when more must be read. */
  valueTextNow(): string | undefined {
    const next = this.peekNow();
    if (next === undefined) return undefined;
    if (next === "") throw new NotJson("expected a value");
    const buf = this.buf;
    const start = this.pos;
    const first = buf[start]!;
    let at = start + this.scanned;
    let found = -1;
    if (KIND[first]! & OPEN || first === QUOTE) {
      let { depth, inString, escaped } = this;
      for (; at < buf.length; at++) {
        const b = buf[at]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            if (depth === 0) {
              found = at + 1;
              break;
            }
          }
        } else if (b === QUOTE) inString = true;
        else if (KIND[b]! & OPEN) depth++;
        else if (KIND[b]! & CLOSE && --depth === 0) {
          found = at + 1;
          break;
        }
      }
      if (found < 0) {
        if (this.eof) throw new NotJson("the file ends inside a value");
        Object.assign(this, { depth, inString, escaped, scanned: at - start });
        return undefined;
      }
    } else {
      while (at < buf.length && !(KIND[buf[at]!]! & SCALAR_END)) at++;
      if (at < buf.length || this.eof) found = at; // a number or literal may end the file
      else {
        this.scanned = at - start;
        return undefined;
      }
    }
    this.scanned = 0;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.pos = found;
    return buf.toString("utf8", start, found);
  }

  async valueText(): Promise<string> {
    for (;;) {
      const text = this.valueTextNow();
      if (text !== undefined) return text;
      await this.more();
    }
  }

  /** Reads more of the file behind what is not yet taken (what was taken is dropped, so `pos` is 0 after). */
  private async more(): Promise<void> {
    const chunk = Buffer.allocUnsafe(this.chunkSize);
    const { bytesRead } = await this.file.read(chunk, 0, this.chunkSize, null);
    if (bytesRead === 0) {
      this.eof = true;
      return;
    }
    this.bytesRead += bytesRead;
    this.onRead?.(this.bytesRead);
    const rest = this.buf.subarray(this.pos);
    this.buf = rest.length ? Buffer.concat([rest, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    this.pos = 0;
  }
}
