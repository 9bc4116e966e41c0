import crypto from "node:crypto";
import { loadConfig } from "../config";
import { resolveSecrets } from "./secrets";

/**
 * A BSN (burgerservicenummer) is never stored, logged or shown. A person named by one is found by
 * its keyed hash: HMAC-SHA256 under the installation's BSN key (`BSN_KEY`), so the same BSN from a
 * message and from a delivery of the BRP meets on the same person, and the number cannot be
 * recovered from the graph without the key (a BSN has only 10^9 values: an unkeyed hash would be).
 */

/** 9 digits passing the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros). */
export function isBsn(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value) || value === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (value.charCodeAt(i) - 48);
  sum -= value.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** What a problem may say about a value that should be a BSN: never the value. */
export function bsnProblem(value: unknown): string {
  if (typeof value !== "string") return "is not a BSN (a string of 9 digits)";
  return /^[0-9]{9}$/.test(value) ? "is not a valid BSN: it fails the elfproef" : "is not a BSN: it must be 9 digits";
}

export class BsnKey {
  private readonly key: Buffer;
  constructor(key: string) {
    this.key = Buffer.from(key, "utf8");
  }

  /**
   * A keyed digest of a text that holds a BSN (a message): a plain hash of it could be undone by
   * trying every BSN against the rest of the message, which the graph largely holds.
   */
  digest(text: string): string {
    return crypto.createHmac("sha256", this.key).update(`text:${text}`).digest("base64url");
  }

  /** The id of the person a (valid) BSN names: `p-b-` and 26 characters of the keyed hash (130 bits). */
  personId(bsn: string): string {
    const digest = crypto.createHmac("sha256", this.key).update(`bsn:${bsn}`).digest();
    return `p-b-${base32(digest).slice(0, 26)}`;
  }
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
function base32(bytes: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

let installation: BsnKey | undefined;

/** Naming a person by BSN where the installation has no BSN key (production without BSN_KEY). */
export class NoBsnKeyError extends Error {
  constructor() {
    super("BSN_KEY is not set: with NODE_ENV=production persons cannot be named by BSN (iJw/iWmo messages, bsn in a delivery, personByBsn) until it is; set it once and never change it");
  }
}

/** The installation's BSN key: `BSN_KEY`, or (outside production) the one generated under the data folder. */
export function installationBsnKey(): BsnKey {
  if (!installation) {
    const key = resolveSecrets(loadConfig()).bsnKey;
    if (!key) throw new NoBsnKeyError();
    installation = new BsnKey(key);
  }
  return installation;
}
