import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { printSchemaFile } from "../schema-file";

/** `npm run schema`: writes schema/schema.graphql from the code-first schema. */
const file = path.join(projectRoot, "schema", "schema.graphql");
fs.writeFileSync(file, printSchemaFile());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
