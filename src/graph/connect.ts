import type { Config } from "../config";
import { Graph } from "./gateway";
import { attachOrStartLocalNeo4j } from "./local-server";
import { migrate } from "./migrations";
import { LocalSupervisor } from "./supervisor";

export interface Connection {
  graph: Graph;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

/** The configured Neo4j (NEO4J_URI), or the local server under `.data/`; migrated and ready. */
export async function connect(config: Config, progress: (line: string) => void): Promise<Connection> {
  if (config.neo4j) {
    const { uri, user, password, database } = config.neo4j;
    const graph = Graph.connect(uri, user, password, database, config.queryTimeoutMs);
    if (!(await graph.ping())) {
      await graph.close();
      throw new Error(`Neo4j at ${uri} does not answer (check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD).`);
    }
    await migrate(graph);
    return { graph, close: () => graph.close() };
  }
  const options = { dataDir: config.dataDir, name: "neo4j", heap: config.localNeo4j.heap, pageCache: config.localNeo4j.pageCache, progress };
  const server = await attachOrStartLocalNeo4j(options);
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, config.queryTimeoutMs);
  const supervisor = new LocalSupervisor(server, options, graph.availability, progress);
  await migrate(graph);
  return {
    graph,
    close: async () => {
      await graph.close();
      await supervisor.stop();
    },
  };
}
