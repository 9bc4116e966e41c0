import "reflect-metadata";
import http from "node:http";
import { loadStoriesAndDetect } from "../seeds/load-stories";
import { DailyDetection } from "./hits/daily-run";
import { runDetection } from "./hits/run.service";
import { ConfigError, loadConfig, type Config } from "./config";
import { todayIn } from "./dates";
import { connect, type Connection } from "./graph/connect";
import { cypher } from "./graph/cypher";
import { logger } from "./logger";
import { resolveSecrets } from "./access/secrets";
import { signToken } from "./access/tokens";
import { Role } from "./access/viewer";
import { createApp } from "./server/app";
import { appSettings } from "./server/settings";

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  // Signals are handled from the first moment: a Ctrl-C while Neo4j starts must still stop it.
  let connecting: ReturnType<typeof connect> | undefined;
  let apollo: { stop(): Promise<void>; markStopping(): void } | undefined;
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping...`);
    apollo?.markStopping(); // not ready at once
    const force = setTimeout(() => process.exit(1), 90_000);
    const began = Date.now();
    let code = 0;
    try {
      await apollo?.stop(); // drains the HTTP server: requests in flight finish (up to 6 s)
      logger.info({ ms: Date.now() - began }, "API stopped");
    } catch (error) {
      code = 1;
      logger.error({ err: error instanceof Error ? error.name : "unknown" }, "the API did not stop cleanly");
    } finally {
      await (await connecting?.catch(() => undefined))?.close(); // stops the local Neo4j if this process owns it, even mid-start
      clearTimeout(force);
      logger.info({ ms: Date.now() - began, signal }, "stopped");
      say("Stopped.");
      process.exit(code);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  connecting = connect(config, say);
  const connection = await connecting;
  if (stopping) return;
  try {
    apollo = await serve(config, connection, say);
  } catch (error) {
    await connection.close(); // a failed start leaves no Neo4j behind
    throw error;
  }
}

async function serve(config: Config, connection: Connection, say: (line: string) => void): Promise<{ stop(): Promise<void>; markStopping(): void }> {
  const [count] = await connection.graph.read(cypher("graph/queries/count-households.cypher"));
  const today = todayIn(config.timeZone);
  if (config.seedStoriesOnEmpty && count?.households === 0) {
    const { outcomes } = await loadStoriesAndDetect(connection.graph, today, "start");
    say(`Empty database: loaded ${outcomes.length} seed deliveries (the five stories of shared/domain.md) and stored their pattern hits.`);
  } else if (!(await connection.graph.read(cypher("hits/queries/latest-run.cypher"))).length) {
    const run = await runDetection(connection.graph, { today, trigger: "start", householdIds: null });
    say(`No detection run yet: ran one (${run.hits} hits stored as work).`);
  }

  const secrets = resolveSecrets(config);
  const tokens = !config.production && secrets.jwtSecret ? await developmentTokens(secrets.jwtSecret) : undefined;
  const headers = tokens && config.playgroundTokens ? { Authorization: `Bearer ${tokens.ADMIN}`, "x-purpose": "development: exploring the seed stories" } : undefined;
  const httpServer = http.createServer();
  const { app, apollo, markStopping } = await createApp(connection.graph, httpServer, appSettings(config, secrets, headers, tokens));
  httpServer.on("request", app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "EADDRINUSE" ? `port ${config.port} is in use: set PORT to another one` : error.message)));
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const base = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  say(`\nbehangrol is ready.\n  Workspace:  ${base}/\n  Playground: ${base}/graphql\n`);
  // a token in a log file is a key left under the doormat: print them only to a person at a terminal
  if (tokens && process.stdout.isTTY) {
    say("Development tokens (8 hours; paste as the Authorization header, with an x-purpose header):");
    for (const [role, token] of Object.entries(tokens)) say(`  ${role.padEnd(13)} Bearer ${token}`);
    if (headers) say("The playground opens with the ADMIN token and a purpose filled in (for this machine's own browser only).\n");
  } else if (tokens) {
    say("Development tokens are printed only to a terminal; get one with: npm run --silent token -- --role ADMIN\n");
  }
  const daily = config.dailyDetectionAt ? new DailyDetection(connection.graph, config.dailyDetectionAt, config.timeZone) : null;
  daily?.start();
  if (config.dailyDetectionAt) say(`The day's full detection runs at ${config.dailyDetectionAt} (${config.timeZone}), once per database (DETECTION_DAILY_AT).`);
  return {
    stop: async () => {
      daily?.stop();
      await apollo.stop();
    },
    markStopping,
  };
}

/** One token per role, for the seed stories: the coordinator coordinates story 2 (h-s2). */
async function developmentTokens(secret: string): Promise<Record<Role, string>> {
  return {
    [Role.ADMIN]: await signToken(secret, { role: Role.ADMIN, user: "dev-admin", name: "Dev Admin" }),
    [Role.COORDINATOR]: await signToken(secret, { role: Role.COORDINATOR, user: "pr-regie-2", name: "Procesregisseur" }),
    [Role.AGENCY_WORKER]: await signToken(secret, { role: Role.AGENCY_WORKER, user: "dev-wijkteam", agency: "a-wijkteam" }),
    [Role.ANALYST]: await signToken(secret, { role: Role.ANALYST, user: "dev-analyst" }),
  };
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`behangrol could not start: ${message}\n`);
  process.exit(1);
});
