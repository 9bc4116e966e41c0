import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../config";

/** The vendored field definition of the Algorithm Register's publication standard v1.0 (see its README). */
export const DEFINITION_PATH = path.join(projectRoot, "standards", "algoritmeregister-1.0", "v1_0.json");

/** Filled in by the register itself: never sent. */
const REGISTER_OWNED = ["lars", "publication_dt"];

const item = z.object({
  type: z.literal("string"),
  // the file spells one of them "false" (a string), which the register's pydantic reads as false
  required: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
  max_length: z.number().int().positive().optional(),
});
const field = item.extend({
  type: z.enum(["string", "enum", "array"]),
  permitted_values: z.array(z.string()).optional(),
  allowed_html_tags: z.array(z.string()).optional(),
  items: z.record(z.string(), item).optional(),
});
const definitionFile = z.object({ properties: z.record(z.string(), field) });

export type FieldDefinition = z.infer<typeof field>;
export type Definition = z.infer<typeof definitionFile>;

let cached: Definition | undefined;

/** Read once per process; a file that is not the shape the register's own backend expects is an error here too. */
export function loadDefinition(): Definition {
  cached ??= definitionFile.parse(JSON.parse(fs.readFileSync(DEFINITION_PATH, "utf8")));
  return cached;
}

export const isRequired = (f: { required?: boolean | "true" | "false" | undefined }): boolean => f.required === true || f.required === "true";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = Number(name[1]?.toLowerCase() === "x" ? `0${name.slice(1)}` : name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** The text as the register measures it (its `strip_html`): the text between tags, pieces joined by a space. */
export function stripHtml(value: string): string {
  return value.split(/<[^>]*>/).filter((piece) => piece !== "").map(decode).join(" ");
}

/** Characters as the register (Python) counts them: code points, not UTF-16 units. */
export const plainLength = (value: string): number => [...stripHtml(value)].length;

const TAG = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && stripHtml(value).trim() === "") || (Array.isArray(value) && value.length === 0);
const list = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** Problems with one string value against its definition (`name` is the path shown). */
function checkString(name: string, value: unknown, def: { max_length?: number | undefined; allowed_html_tags?: string[] | undefined }): string[] {
  if (typeof value !== "string") return [`${name}: must be text, got ${Array.isArray(value) ? "a list" : typeof value}`];
  const problems: string[] = [];
  const length = plainLength(value);
  if (def.max_length !== undefined && length > def.max_length) problems.push(`${name}: ${length} characters without HTML, at most ${def.max_length}`);
  const allowed = def.allowed_html_tags ?? [];
  const tags = [...new Set([...value.matchAll(TAG)].map((m) => (m[1] ?? "").toLowerCase()))].filter((t) => !allowed.includes(t));
  if (tags.length) problems.push(`${name}: HTML ${tags.map((t) => `<${t}>`).join(", ")} ${allowed.length ? `is not allowed here (only ${allowed.join(", ")})` : "is not allowed in this field"}`);
  return problems;
}

/** Problems with one `*_grouping` list: each item an object of the definition's keys, required ones filled in. */
function checkItems(name: string, value: unknown, items: Record<string, z.infer<typeof item>>): string[] {
  if (!Array.isArray(value)) return [`${name}: must be a list`];
  return value.flatMap((entry: unknown, i) => {
    const at = `${name}[${i}]`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [`${at}: must be an object with ${Object.keys(items).join(", ")}`];
    const given = entry as Record<string, unknown>;
    return [
      ...Object.keys(given).filter((k) => !(k in items)).map((k) => `${at}.${k}: not a key of ${name} in v1.0`),
      ...Object.entries(items).flatMap(([key, def]) => {
        if (isEmpty(given[key])) return isRequired(def) ? [`${at}.${key}: required`] : [];
        return checkString(`${at}.${key}`, given[key], def);
      }),
    ];
  });
}

/**
 * What stands between the entry and the register, each problem starting with the field's name:
 * keys the definition does not have (and the two the register fills in itself), required fields
 * absent or empty, values of the wrong kind, values outside the permitted ones, text longer than
 * the maximum once HTML is stripped, HTML tags the field does not allow, and the same for the
 * items of each `*_grouping` list. Stricter than the register, which ignores unknown keys and does
 * not measure grouping items: what passes here, the register takes.
 */
export function checkAlgoritmeregister(entry: unknown, definition: Definition = loadDefinition()): string[] {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return ["(entry): must be a JSON object"];
  const given = entry as Record<string, unknown>;
  const { properties } = definition;
  const problems = Object.keys(given).flatMap((key) =>
    REGISTER_OWNED.includes(key) ? [`${key}: filled in by the register itself; must not be sent`] : key in properties ? [] : [`${key}: not a field of v1.0`]);
  for (const [name, def] of Object.entries(properties)) {
    const value = given[name];
    if (REGISTER_OWNED.includes(name)) continue;
    if (isEmpty(value)) {
      if (isRequired(def)) problems.push(`${name}: required`);
      continue;
    }
    if (def.type === "string") problems.push(...checkString(name, value, def));
    else if (def.type === "enum") {
      if (!def.permitted_values?.includes(value as string)) problems.push(`${name}: ${JSON.stringify(value)} is not one of ${list(def.permitted_values ?? [])}`);
    } else if (def.items) problems.push(...checkItems(name, value, def.items));
    else if (!Array.isArray(value)) problems.push(`${name}: must be a list`);
    else {
      const wrong = value.filter((v) => !def.permitted_values?.includes(v as string));
      if (wrong.length) problems.push(`${name}: ${list(wrong.map((v) => (typeof v === "string" ? v : JSON.stringify(v))))} not among ${list(def.permitted_values ?? [])}`);
    }
  }
  return problems;
}
