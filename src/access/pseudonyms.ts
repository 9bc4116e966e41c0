import crypto from "node:crypto";

/** Ids are padded to a multiple of this many bytes before encryption: a pseudonym's length does not tell "son" from "daughter". */
const BLOCK = 32;

const PREFIX: Record<string, string> = {
  Household: "hh", Person: "ps", Intervention: "iv", Event: "ev", Outcome: "oc", Consent: "cs", Professional: "pr",
};

/**
 * Keyed, deterministic pseudonyms: the same record always gets the same pseudonym, nobody without
 * the key can turn it back into an id, and the API can (so an analyst can ask for a pseudonym).
 * The nonce is an HMAC of the id, so the encryption is deterministic yet authenticated (SIV-style).
 */
/** Pseudonyms kept for reuse: 500,000 of about 150 bytes each. */
export const MAX_KEPT = 500_000;

export class Pseudonyms {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(key: string, private readonly maxKept = MAX_KEPT) {
    this.encKey = crypto.createHash("sha256").update(`behangrol:enc:${key}`).digest();
    this.macKey = crypto.createHash("sha256").update(`behangrol:mac:${key}`).digest();
  }

  /**
   * Keyed orders encode every listed id; the same id always gives the same pseudonym, so it is kept,
   * up to maxKept: beyond that the one used longest ago goes (one at a time: emptying the whole
   * cache at once made every request after it compute its pseudonyms again, a spike under load).
   */
  private readonly cache = new Map<string, string>();

  encode(kind: string, id: string): string {
    const key = `${kind}\u0000${id}`;
    const known = this.cache.get(key);
    if (known !== undefined) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, known);
      return known;
    }
    if (this.cache.size >= this.maxKept) this.cache.delete(this.cache.keys().next().value as string);
    const pseudonym = this.compute(kind, id);
    this.cache.set(key, pseudonym);
    return pseudonym;
  }

  private compute(kind: string, id: string): string {
    const iv = crypto.createHmac("sha256", this.macKey).update(`${kind}\u0000${id}`).digest().subarray(0, 12);
    const cipher = crypto.createCipheriv("aes-256-gcm", this.encKey, iv);
    cipher.setAAD(Buffer.from(kind));
    const body = Buffer.concat([cipher.update(padded(id)), cipher.final()]);
    return `${PREFIX[kind] ?? "x"}_${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
  }

  /** The id behind a pseudonym of this kind, or null when it is not one (or not of this kind). */
  decode(kind: string, pseudonym: string): string | null {
    const cut = pseudonym.indexOf("_"); // base64url may itself hold "_": split at the first only
    const prefix = pseudonym.slice(0, cut);
    const data = pseudonym.slice(cut + 1);
    if (cut < 0 || prefix !== PREFIX[kind] || !data) return null;
    try {
      const raw = Buffer.from(data, "base64url");
      const iv = raw.subarray(0, 12);
      const decipher = crypto.createDecipheriv("aes-256-gcm", this.encKey, iv);
      decipher.setAAD(Buffer.from(kind));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      const id = unpadded(Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]));
      return id !== null && this.compute(kind, id) === pseudonym ? id : null;
    } catch {
      return null;
    }
  }

  static looksLike(value: string): boolean {
    return /^(hh|ps|iv|ev|oc|cs|pr)_[\w-]{20,}$/.test(value);
  }
}

/** The id's bytes, a 0x80 and zeros up to a whole number of blocks (ISO/IEC 7816-4: always undone exactly). */
function padded(id: string): Buffer {
  const bytes = Buffer.from(id, "utf8");
  const out = Buffer.alloc((Math.floor(bytes.length / BLOCK) + 1) * BLOCK);
  bytes.copy(out);
  out[bytes.length] = 0x80;
  return out;
}

function unpadded(bytes: Buffer): string | null {
  const end = bytes.lastIndexOf(0x80);
  return end < 0 || bytes.subarray(end + 1).some((b) => b !== 0) ? null : bytes.subarray(0, end).toString("utf8");
}

/**
 * Opaque cursors: sealed, so a cursor never shows the ids or scores it keeps the place with, and
 * deterministic (synthetic nonce), so the same place in a list always has the same cursor.
 */
export class CursorSeal {
  private readonly key: Buffer;
  private readonly macKey: Buffer;

  constructor(key: string) {
    this.key = crypto.createHash("sha256").update(`behangrol:cursor:${key}`).digest();
    this.macKey = crypto.createHash("sha256").update(`behangrol:cursor-mac:${key}`).digest();
  }

  seal(text: string): string {
    const iv = crypto.createHmac("sha256", this.macKey).update(text).digest().subarray(0, 12);
    const cipher = crypto.createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
  }

  open(cursor: string): string | null {
    try {
      const raw = Buffer.from(cursor, "base64url");
      const decipher = crypto.createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
    } catch {
      return null;
    }
  }
}
