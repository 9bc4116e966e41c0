import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { logger } from "../logger";
import { cypher } from "./cypher";
import type { Graph } from "./gateway";

const DIR = "graph/migrations";

/** Applies, in order, every `NNN-*.cypher` in graph/migrations that this database has not had yet. */
export async function migrate(graph: Graph): Promise<string[]> {
  const files = fs
    .readdirSync(path.join(projectRoot, "src", DIR))
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort();
  const applied = new Set((await graph.read(cypher("graph/queries/applied-migrations.cypher"))).map((r) => r.version));
  const done: string[] = [];
  for (const file of files) {
    const version = file.slice(0, 3);
    if (applied.has(version)) continue;
    const query = cypher(`${DIR}/${file}`);
    for (const statement of statements(query.text)) await graph.runSchema(query, statement);
    await graph.write(cypher("graph/queries/record-migration.cypher"), { version, name: query.name });
    done.push(file);
    logger.info({ migration: file }, "migration applied");
  }
  return done;
}

/** The statements of a migration (its text comes without comments: see `compact`). */
function statements(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
