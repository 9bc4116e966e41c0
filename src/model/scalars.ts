import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { hasIsoDateShape, isIsoDate } from "../dates";

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

/** A calendar date, YYYY-MM-DD: no time, no zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD (ISO 8601).",
  // what goes out was read from Neo4j dates (always valid): its shape is checked, not the calendar again
  serialize: (value) => (hasIsoDateShape(value) ? value : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const RFC_3339 = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** An RFC 3339 date-time (a JS Date, or a string as Neo4j's toString() gives it, with up to nine fraction digits) in UTC with milliseconds; null when it is none. */
function instant(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== "string") return null;
  const shape = RFC_3339.exec(value);
  return shape && isIsoDate(shape[1] ?? "") ? new Date(value).toISOString() : null;
}

function parseDateTime(value: unknown): string {
  const parsed = instant(value);
  if (parsed === null) {
    throw new GraphQLError(`DateTime must be an RFC 3339 date-time such as 2026-12-06T10:15:00Z, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return parsed;
}

/** A moment: RFC 3339, always given in UTC with milliseconds. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "A moment: an RFC 3339 date-time, given in UTC with milliseconds (2026-12-06T10:15:00.000Z); taken with any offset.",
  serialize: (value) => {
    const out = instant(value);
    if (out === null) throw new Error("a DateTime field held no date-time"); // our data, not the caller's: an internal error
    return out;
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export { GraphQLJSON as JSONScalar } from "graphql-scalars";
