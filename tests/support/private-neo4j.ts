import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { Graph } from "../../src/graph/gateway";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-server";
import { migrate } from "../../src/graph/migrations";

/** A Neo4j of a test file's own, migrated: for what belongs to the whole database (counters, the audit trail), which other files change at the same time on the shared one. */
export interface PrivateNeo4j { server: LocalNeo4j; graph: Graph; stop(): Promise<void> }

/** Starts an empty local Neo4j under .data/<name> (removed first) and migrates it. */
export async function startPrivateNeo4j(name: string): Promise<PrivateNeo4j> {
  const config = loadConfig();
  fs.rmSync(path.join(config.dataDir, name), { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir: config.dataDir, name, heap: "512m", pageCache: "64m", progress: () => undefined });
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, 60_000);
  await migrate(graph);
  return {
    server, graph,
    async stop() {
      await graph.close();
      await server.stop();
    },
  };
}
