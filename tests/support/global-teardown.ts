import fs from "node:fs";
import type { LocalNeo4j } from "../../src/graph/local-server";
import { CONNECTION_FILE } from "./connection";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __neo4j?: LocalNeo4j }).__neo4j?.stop();
  fs.rmSync(CONNECTION_FILE, { force: true });
}
