import net from "node:net";
import { z } from "zod";

/**
 * The kinds of value an environment variable can hold. Each message says what the value must be
 * and what was given; config.ts puts the variable's name in front. Secrets show only their length.
 */

/** `, got "…"`, quoted and escaped, after what the value must be. */
const got = (what: string) => (issue: { input?: unknown }) => `${what}, got ${JSON.stringify(issue.input)}`;

/** An empty or blank variable (a `.env` line `NAME=`) counts as unset. */
const blankAsUnset = (value: unknown): unknown => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A variable that may be left unset: undefined then. */
export const optional = <T extends z.ZodType>(kind: T) => z.preprocess(blankAsUnset, kind.optional());

/** A variable that may be left unset: `fallback` then. */
export const withDefault = <T extends z.ZodType<unknown, string>>(kind: T, fallback: z.output<T>) =>
  optional(kind).transform((value) => value ?? fallback);

export const wholeNumber = (min: number, max: number) =>
  z.string()
    .refine((raw) => { const n = Number(raw); return Number.isInteger(n) && n >= min && n <= max; }, { error: got(`must be a whole number from ${min} to ${max}`) })
    .transform(Number);

export const share = () =>
  z.string()
    .refine((raw) => { const n = Number(raw); return Number.isFinite(n) && n >= 0 && n <= 1; }, { error: got("must be a share from 0 to 1") })
    .transform(Number);

/** A ratio of 1 or more (the upper end of the four-fifths band). */
export const ratio = () =>
  z.string()
    .refine((raw) => { const n = Number(raw); return Number.isFinite(n) && n >= 1; }, { error: got("must be a number of 1 or more") })
    .transform(Number);

/** A Java heap or page cache size for the local Neo4j. */
export const size = () => z.string().regex(/^\d+[kmg]$/i, { error: got("must be a size like 512m or 2g") });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: got(`must be one of ${values.join(", ")}`) });

const FLAGS = new Map([["true", true], ["1", true], ["yes", true], ["false", false], ["0", false], ["no", false]]);

/** true/1/yes or false/0/no, in any case; anything else is refused, never read as one of them. */
// (not z.stringbool: its refusal stops config.ts's cross-checks, so their problems would go unlisted)
export const flag = () =>
  z.string()
    .refine((raw) => FLAGS.has(raw.trim().toLowerCase()), { error: got("must be true or false (or 1/0, yes/no)") })
    .transform((raw) => FLAGS.get(raw.trim().toLowerCase()) === true);

export const secret = (minLength: number) =>
  z.string().refine((raw) => raw.length >= minLength, {
    error: (issue) => `must be at least ${minLength} characters, got ${String(issue.input).length}`,
  });

export const neo4jUri = () =>
  z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, {
    // a URI may carry a user and password before the host: those are not repeated
    error: (issue) => got("must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)")({ input: String(issue.input).replace(/\/\/[^/]*@/, "//…@") }),
  });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Checked at start: a bad name would otherwise make every request that needs "today" throw. */
export const timeZone = () => z.string().refine(isTimeZone, { error: got("must be an IANA time zone like Europe/Amsterdam") });

/** A time of day, HH:MM on a 24-hour clock, or off (null). */
export const timeOfDayOrOff = () =>
  z.string().trim().regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/i, { error: got("must be a time of day HH:MM (24-hour) or off") })
    .transform((raw) => (raw.toLowerCase() === "off" ? null : raw));

/** Comma-separated, each entry trimmed, empty entries dropped. */
export const list = () => z.string().transform((raw) => raw.split(",").map((entry) => entry.trim()).filter(Boolean));

const PROXY_KEYWORDS = ["loopback", "linklocal", "uniquelocal"];

/** What Express's `trust proxy` takes in a list: an address, a CIDR range, or one of its keywords. */
export function isProxyEntry(entry: string): boolean {
  if (PROXY_KEYWORDS.includes(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = net.isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

export const proxies = () =>
  list().check((ctx) => {
    const bad = ctx.value.filter((entry) => !isProxyEntry(entry));
    if (bad.length === 0) return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: `must be a comma-separated list of IP addresses, CIDR ranges (like 10.0.0.0/8 or fd00::/8) or ${PROXY_KEYWORDS.join(", ")}, got ${bad.map((entry) => JSON.stringify(entry)).join(", ")}`,
    });
  });

/** An https:// address without a user or password in it (those are not repeated in the message). */
export const httpsUrl = () =>
  z.string().trim().refine(isHttpsUrl, {
    error: (issue) => got("must be an https:// address (without a user name or password)")({ input: String(issue.input).replace(/\/\/[^/]*@/, "//…@") }),
  });

export function isHttpsUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" && !!url.hostname && !url.username && !url.password && !/\s/.test(raw);
  } catch {
    return false;
  }
}

/** A general e-mail address or an https:// page (as the Algorithm Register asks for its contact). */
export const emailOrHttpsUrl = () =>
  z.string().trim().refine((raw) => /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(raw) || isHttpsUrl(raw), {
    error: (issue) => got("must be an e-mail address or an https:// address")({ input: String(issue.input).replace(/\/\/[^/]*@/, "//…@") }),
  });

/** A month, as YYYY-MM. */
export const yearMonth = () => z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: got("must be a month written YYYY-MM, like 2026-03") });

/**
 * Titles with https:// links: `title|https://…` pairs separated by `;`, e.g.
 * `Jeugdwet|https://wetten.overheid.nl/BWBR0034925;Wmo 2015|https://wetten.overheid.nl/BWBR0035362`.
 */
export const titledLinks = () =>
  z.string().transform((raw, ctx) => {
    const entries = raw.split(";").map((entry) => entry.trim()).filter(Boolean);
    const pairs: { title: string; link: string }[] = [];
    entries.forEach((entry, i) => {
      const [title = "", link = "", ...rest] = entry.split("|").map((part) => part.trim());
      if (!title || !isHttpsUrl(link) || rest.length) {
        ctx.addIssue({
          code: "custom", input: raw,
          message: `must be title|https://link pairs separated by ";", got ${JSON.stringify(entry.replace(/\/\/[^/]*@/, "//…@"))} as pair ${i + 1}`,
        });
      } else pairs.push({ title, link });
    });
    return pairs;
  });
