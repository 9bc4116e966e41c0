import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { logger } from "../logger";
import { cypher, statementsOf, type CypherQuery } from "./cypher";
import type { Graph } from "./gateway";
import { keyUnkeyedHouseholds } from "./order-keys";
import { reachIfPending } from "./help-reach";

const DIR = "graph/migrations";
const APPLIED = cypher("graph/queries/applied-migrations.cypher");
const RECORD = cypher("graph/queries/record-migration.cypher");
const LOCK_CONSTRAINT = cypher("graph/queries/migration-lock-constraint.cypher");
const LOCK = cypher("graph/queries/migration-lock.cypher");
const UNLOCK = cypher("graph/queries/migration-unlock.cypher");
/** A migration lock this old belongs to an instance that died while migrating: the next one takes it over. */
const STALE_MS = 30 * 60_000;
const POLL_MS = 250;

export interface Migration { version: string; file: string; query: CypherQuery }

/** Every `NNN-*.cypher` in graph/migrations, in order. */
export function migrationFiles(): Migration[] {
  return fs
    .readdirSync(path.join(projectRoot, "src", DIR))
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => ({ version: file.slice(0, 3), file, query: cypher(`${DIR}/${file}`) }));
}

/**
 * Applies, in order, every migration this database has not had yet. Instances starting together
 * take turns (a lock node in Neo4j): the second waits, then finds them applied and skips them.
 */
export async function migrate(graph: Graph, migrations: Migration[] = migrationFiles(), options: { reachLater?: boolean } = {}): Promise<string[]> {
  const holder = crypto.randomUUID();
  await lock(graph, holder);
  try {
    const applied = new Map((await graph.read(APPLIED)).map((r) => [r.version as string, r.name as string | null]));
    const done: string[] = [];
    for (const { version, file, query } of migrations) {
      const appliedAs = applied.get(version);
      if (appliedAs !== undefined && appliedAs !== null && appliedAs !== query.name) throw new MigrationMismatchError(version, appliedAs, query.name);
      if (applied.has(version)) continue;
      for (const statement of statementsOf(query.text)) await graph.runSchema(query, statement);
      await graph.write(RECORD, { version, name: query.name });
      done.push(file);
      logger.info({ migration: file }, "migration applied");
    }
    const keyed = await keyUnkeyedHouseholds(graph);
    if (keyed) logger.info({ households: keyed }, "households given a sort value");
    // reachLater: a full detection run follows (the initial import), which sets every household's reach anyway
    const reached = options.reachLater ? 0 : await reachIfPending(graph);
    if (reached) logger.info({ households: reached }, "households' reach set");
    return done;
  } finally {
    await graph.write(UNLOCK, { holder });
  }
}

/**
 * The database recorded a migration version under another migration's name: it was migrated by
 * other code (a branch whose migration was renumbered or dropped). Skipping this code's migration of
 * that number would leave the database without it, silently; starting is refused instead.
 */
export class MigrationMismatchError extends Error {
  constructor(version: string, appliedAs: string, expected: string) {
    super(`This database recorded migration ${version} as "${appliedAs}", but this code's migration ${version} is "${expected}": `
      + "the database was migrated by other code. Start it with the code that migrated it, or restore a backup made before; "
      + `delete its (:Migration {version: '${version}'}) node only if you know that migration's changes are harmless here.`);
    this.name = "MigrationMismatchError";
  }
}

async function lock(graph: Graph, holder: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await graph.runSchema(LOCK_CONSTRAINT, LOCK_CONSTRAINT.text); // two instances creating it at once: one may be refused, and asks again
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  let waited = false;
  while (!(await graph.write(LOCK, { holder, staleMs: STALE_MS }))[0]?.taken) {
    if (!waited) logger.info("another instance is migrating this database: waiting for it");
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
