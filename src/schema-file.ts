import { lexicographicSortSchema, printSchema } from "graphql";
import { buildBehangrolSchema } from "./schema";

/** The text of schema/schema.graphql: sorted, so that it changes only when the schema does. */
export function printSchemaFile(): string {
  return `# Emitted by \`npm run schema\` from the code-first schema (src/schema.ts). Do not edit.\n\n${printSchema(
    lexicographicSortSchema(buildBehangrolSchema()),
  )}\n`;
}
