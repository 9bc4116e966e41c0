import "reflect-metadata";
import http from "node:http";
import { loadStories } from "../seeds/load-stories";
import { ConfigError, loadConfig } from "./config";
import { todayIn } from "./dates";
import { connect } from "./graph/connect";
import { cypher } from "./graph/cypher";
import { logger } from "./logger";
import { createApp } from "./server/app";

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  const connection = await connect(config, say);
  const [count] = await connection.graph.read(cypher("graph/queries/count-households.cypher"));
  if (config.seedStoriesOnEmpty && count?.households === 0) {
    const loaded = await loadStories(connection.graph, todayIn(config.timeZone));
    say(`Empty database: loaded ${loaded.length} seed deliveries (the five stories of shared/domain.md).`);
  }

  const httpServer = http.createServer();
  const { app, apollo } = await createApp({ graph: connection.graph, timeZone: config.timeZone, httpServer });
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  say(`\nbehangrol is ready.\n  Playground: http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql\n`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping...`);
    await apollo.stop(); // drains the HTTP server
    await connection.close(); // stops the local Neo4j if we started it
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`behangrol could not start: ${message}\n`);
  process.exit(1);
});
