import fs from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "../../src/config";
import { Graph } from "../../src/graph/gateway";
import { startLocalNeo4j } from "../../src/graph/local-server";
import { logger } from "../../src/logger";

export interface FreshStore {
  config: Config;
  graph: Graph;
  /** Where the store's server answers, for a benchmark that starts processes of its own against it. */
  server: { uri: string; user: string; password: string };
  /** Prints a line, and keeps it for the report (RESULTS.md). */
  line(text?: string): void;
  say(text: string): void;
  out: string[];
  stop(): Promise<void>;
}

/** A benchmark's own empty local Neo4j (heap 2g, page cache 2g) under the data folder, and its report lines. */
export async function freshStore(name: string): Promise<FreshStore> {
  const config = loadConfig();
  logger.level = "warn";
  const say = (text: string): void => void process.stdout.write(`${text}\n`);
  fs.rmSync(path.join(config.dataDir, name), { recursive: true, force: true });
  const server = await startLocalNeo4j({ dataDir: config.dataDir, name, heap: "2g", pageCache: "2g", progress: say });
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, 600_000);
  const out: string[] = [];
  return {
    config, graph, say, out, server: { uri: server.uri, user: server.user, password: server.password },
    line: (text = "") => {
      out.push(text);
      say(text);
    },
    stop: async () => {
      await graph.close();
      await server.stop();
    },
  };
}
