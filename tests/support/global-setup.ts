import fs from "node:fs";
import path from "node:path";
import { loadConfig, projectRoot } from "../../src/config";
import { Graph } from "../../src/graph/gateway";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/graph/local-server";
import { migrate } from "../../src/graph/migrations";
import { browserMissing, chromiumPath } from "./chromium";
import { CONNECTION_FILE, TEST_SERVER_NAME } from "./connection";

/** One real Neo4j for the whole run, started the way `npm start` starts it, on a fresh store. */
export default async function globalSetup(): Promise<void> {
  const missing = browserMissing();
  if (missing) throw new Error(missing);
  process.env.CHROMIUM_PATH = chromiumPath() as string; // found once; every test file's worker inherits it
  // one BSN key for every worker: a person named by a BSN in one test file is the same person in another process
  process.env.BSN_KEY ??= "test-bsn-key-of-this-run-0123456789abcdef";
  copyD3ForJest();
  const config = loadConfig();
  fs.rmSync(path.join(config.dataDir, TEST_SERVER_NAME), { recursive: true, force: true });
  fs.rmSync(path.join(config.dataDir, "test-cbs-codes"), { recursive: true, force: true }); // tests/support/messages.ts: the codes a run gives out
  const started = Date.now();
  const server = await startLocalNeo4j({
    dataDir: config.dataDir,
    name: TEST_SERVER_NAME,
    heap: "1g",
    pageCache: "256m",
    progress: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  const graph = Graph.connect(server.uri, server.user, server.password, undefined, 120_000);
  await migrate(graph);
  await graph.close();
  fs.writeFileSync(CONNECTION_FILE, JSON.stringify({ uri: server.uri, user: server.user, password: server.password }));
  (globalThis as { __neo4j?: LocalNeo4j }).__neo4j = server;
  process.stderr.write(`[neo4j] test server ready in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
}

/** d3's UMD builds sit in packages marked "type": "module", so Jest would load them as ESM; as .cjs they load as they are. */
function copyD3ForJest(): void {
  const target = path.join(projectRoot, "dist", "d3-umd");
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(path.join(projectRoot, "node_modules")).filter((n) => n.startsWith("d3-"))) {
    const umd = path.join(projectRoot, "node_modules", name, "dist", `${name}.js`);
    if (fs.existsSync(umd)) fs.copyFileSync(umd, path.join(target, `${name}.cjs`));
  }
}
