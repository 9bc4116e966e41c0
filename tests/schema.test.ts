import fs from "node:fs";
import path from "node:path";
import { parse, print, visit } from "graphql";
import { projectRoot } from "../src/config";
import { printSchemaFile } from "../src/schema-file";

describe("the committed schema", () => {
  it("schema/schema.graphql matches the code-first schema (run `npm run schema` after changing types)", () => {
    const committed = fs.readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaFile());
  });

  it("keeps the names of the public contract", () => {
    // described arguments print on lines of their own: the names are matched in the schema without descriptions
    const text = print(visit(parse(printSchemaFile()), { enter: (node) => ("description" in node && node.description ? { ...node, description: undefined } : undefined) }));
    for (const name of ["scalar Date", "scalar JSON", "household(id: ID!): Household", "person(id: ID!): Person",
      "importDataset(dataset: JSON!): ImportResult!", "timeline(from: Date, to: Date): [TimelineEntry!]!"]) {
      expect(text).toContain(name);
    }
  });
});
