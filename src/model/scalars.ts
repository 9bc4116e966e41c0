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

export { GraphQLJSON as JSONScalar } from "graphql-scalars";
