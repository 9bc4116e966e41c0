import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { projectRoot } from "../config";
import type { ImportProblem, RecordKind } from "./dataset";
import { protectedAttribute } from "./protected-attributes";

export const DATASET_SCHEMA_PATH = path.join(projectRoot, "schema", "dataset.schema.json");

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The contract's validator for the whole delivery (""), or for one record of a kind ("agencies"). */
function validatorOf(kind: RecordKind | ""): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
      addFormats(ajv, ["date"]);
      ajv.addSchema(JSON.parse(fs.readFileSync(DATASET_SCHEMA_PATH, "utf8")), SCHEMA_KEY);
    }
    validate = ajv.getSchema(kind ? `${SCHEMA_KEY}#/properties/${kind}/items` : SCHEMA_KEY);
    if (!validate) throw new Error(`schema/dataset.schema.json has no definition for ${kind || "a delivery"}`);
    validators.set(kind, validate);
  }
  return validate;
}
const SCHEMA_KEY = "delivery";

/**
 * Checks a delivery's outer shape against schema/dataset.schema.json: its source, that it has no
 * unknown arrays, and that each array is one. Give its arrays as `[]`: records are checked one by one.
 */
export function checkShell(shell: unknown): ImportProblem[] {
  return problemsOf(validatorOf(""), shell, "");
}

/** Checks one record against its kind's definition; paths name it (`interventions[3].start`). */
export function checkRecordSchema(kind: RecordKind, index: number, record: unknown): ImportProblem[] {
  return problemsOf(validatorOf(kind), record, `/${kind}/${index}`);
}

function problemsOf(validate: ValidateFunction, value: unknown, at: string): ImportProblem[] {
  if (validate(value)) return [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = describe({ ...error, instancePath: at + error.instancePath });
    if (!problem) continue;
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

/** `/interventions/3/start` → `interventions[3].start`. */
export function jsonPath(pointer: string, child?: string): string {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) parts.push(child);
  let out = "";
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out || "(delivery)";
}

const quote = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v));

const EVENT_RULE: Record<string, string> = {
  domain: "is required for a SIGNAL",
  targetAgencyId: "is required for a REFERRAL (the agency referred to)",
  severity: "is required for an ESCALATION (1 to 3)",
  participantAgencyIds: "is required for a CASE_CONFERENCE (the agencies that took part)",
};

/** What a record needs exactly one of, where it is not personId or householdId. */
const ONE_OF: Record<string, string> = { persons: "id or bsn", memberships: "personId or personBsn" };
/** What a field with a pattern must look like (the value is not repeated: a code may sit beside personal data). */
const PATTERN: Record<string, string> = {
  agbCode: "must be an AGB code: 8 digits",
  cbsCode: "must be a CBS municipality code: 4 digits",
  bsn: "is not a BSN: it must be 9 digits",
  personBsn: "is not a BSN: it must be 9 digits",
};

function describe(e: ErrorObject): ImportProblem | undefined {
  // The branches of a oneOf and the condition of an if/then say nothing a person can act on.
  if (e.keyword === "if" || /\/oneOf\/\d+\//.test(e.schemaPath)) return undefined;
  const at = jsonPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      const field = String(p.missingProperty);
      const rule = /\/allOf\/\d+\/then/.test(e.schemaPath) ? EVENT_RULE[field] : undefined;
      return { path: jsonPath(e.instancePath, field), message: rule ?? "is required" };
    }
    case "oneOf":
      return { path: at, message: `needs exactly one of ${ONE_OF[e.instancePath.split("/")[1] ?? ""] ?? "personId or householdId (a person may be named by personBsn instead)"}` };
    case "additionalProperties": {
      const field = String(p.additionalProperty);
      const attribute = protectedAttribute(field);
      return {
        path: jsonPath(e.instancePath, field),
        message: attribute
          ? `is a protected attribute (${attribute}): behangrol holds no ethnicity, nationality, religion or country of birth, on purpose; remove it from the delivery`
          : "is not a field of this record (see the delivery format); check its spelling",
      };
    }
    case "format":
      return { path: at, message: `not a date: ${quote(e.data)} (expected YYYY-MM-DD)` };
    case "enum":
      return { path: at, message: `must be one of ${(p.allowedValues as unknown[]).join(", ")}; got ${quote(e.data)}` };
    case "type":
      return { path: at, message: `must be ${article(String(p.type))}` };
    case "minimum":
    case "maximum":
      return { path: at, message: `${quote(e.data)} is out of range: ${rangeOf(e)}` };
    case "minLength":
      return { path: at, message: "must not be empty" };
    case "maxLength":
      return { path: at, message: `is longer than ${String(p.limit)} characters` };
    case "pattern":
      return { path: at, message: PATTERN[e.instancePath.split("/").pop() ?? ""] ?? "must be an id without leading or trailing spaces" };
    case "minItems":
      return { path: at, message: `must list at least ${String(p.limit)}` };
    case "uniqueItems":
      return { path: at, message: "lists the same value twice" };
    case "anyOf":
      return undefined; // its branches already said what was expected
    default:
      return { path: at, message: e.message ?? "is not valid" };
  }
}

function article(type: string): string {
  if (type.includes(",")) return `one of: ${type}`;
  return type === "integer" ? "a whole number" : type === "array" ? "a list" : type === "object" ? "an object" : `a ${type}`;
}

function rangeOf(e: ErrorObject): string {
  if (e.schemaPath.includes("zrmScore")) return "a ZRM score is 1 to 5";
  if (e.instancePath.endsWith("/severity")) return "severity is 1 to 3";
  const limit = String((e.params as { limit: number }).limit);
  return e.keyword === "minimum" ? `at least ${limit}` : `at most ${limit}`;
}
