import { getIntrospectionQuery, graphqlSync, type IntrospectionInputValue, type IntrospectionQuery } from "graphql";
import { buildBehangrolSchema } from "./schema";

const BUILT_IN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "ID"]);
const described = (d: string | null | undefined): boolean => typeof d === "string" && d.trim() !== "";

/** Every type, field, argument, enum value and input field without a description, by kind, as "Type.field(arg)". */
function undescribed(): Record<"types" | "fields" | "arguments" | "enumValues" | "inputFields", string[]> {
  const result = graphqlSync({ schema: buildBehangrolSchema(), source: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("\n"));
  const { types } = (result.data as unknown as IntrospectionQuery).__schema;
  const missing = { types: [] as string[], fields: [] as string[], arguments: [] as string[], enumValues: [] as string[], inputFields: [] as string[] };
  const args = (owner: string, list: readonly IntrospectionInputValue[]) =>
    list.filter((a) => !described(a.description)).forEach((a) => missing.arguments.push(`${owner}(${a.name})`));
  for (const type of types) {
    if (type.name.startsWith("__") || BUILT_IN_SCALARS.has(type.name)) continue;
    if (!described(type.description)) missing.types.push(type.name);
    if (type.kind === "OBJECT" || type.kind === "INTERFACE") {
      for (const f of type.fields) {
        if (!described(f.description)) missing.fields.push(`${type.name}.${f.name}`);
        args(`${type.name}.${f.name}`, f.args);
      }
    }
    if (type.kind === "INPUT_OBJECT") {
      type.inputFields.filter((f) => !described(f.description)).forEach((f) => missing.inputFields.push(`${type.name}.${f.name}`));
    }
    if (type.kind === "ENUM") {
      type.enumValues.filter((v) => !described(v.description)).forEach((v) => missing.enumValues.push(`${type.name}.${v.name}`));
    }
  }
  return missing;
}

describe("the documentation pane", () => {
  it("describes every type, field, argument, enum value and input field of the schema", () => {
    const missing = undescribed();
    const count = Object.values(missing).reduce((n, list) => n + list.length, 0);
    if (count) {
      const lines = Object.entries(missing).map(([kind, names]) => `${kind} (${names.length}):\n  ${names.join("\n  ")}`);
      process.stderr.write(`${count} without a description:\n${lines.join("\n")}\n`);
    }
    expect(missing).toEqual({ types: [], fields: [], arguments: [], enumValues: [], inputFields: [] });
  });
});
