import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

/** A query from a `.cypher` file: its first line is `// name: <name> — <purpose>`. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/** Loads `src/<relativePath>` once; works the same from `dist/` and from ts-jest. */
export function cypher(relativePath: string): CypherQuery {
  const hit = cache.get(relativePath);
  if (hit) return hit;
  const text = fs.readFileSync(path.join(projectRoot, "src", relativePath), "utf8");
  const name = /^\/\/\s*name:\s*([\w.-]+)/.exec(text)?.[1];
  if (!name) throw new Error(`${relativePath} must start with a "// name: <name>" line`);
  const query = { name, text };
  cache.set(relativePath, query);
  return query;
}
