import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { JVM_FLAGS } from "./local-server";
import { checkJava, ensureNeo4jJars, LocalNeo4jError } from "./neo4j-install";

/** What neo4j-admin reads: per label and relationship type a header file and data files; the files whose rows span lines. */
export interface OfflineInput {
  /** the folder the files are in: neo4j-admin is given them relative to it (a comma in a path would split its lists) */
  dir: string;
  nodes: { label: string; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  multiline: string[];
  /** the longest row in any file, in chars */
  longestRow: number;
  arrayDelimiter: string;
}

/**
 * neo4j-admin's read buffer (its default is 4 MiB): a smaller one starts the import sooner (before
 * it begins it reads and parses a buffer's worth of every file to estimate the store), but it must
 * hold the longest value, so files with a longer row get room for twice that row.
 */
const READ_BUFFER = 256 * 1024;
export const readBufferSize = (longestRow: number): number => Math.max(READ_BUFFER, 2 * longestRow);

export interface OfflineOptions {
  dataDir: string;
  name: string;
  heap: string;
  progress: (line: string) => void;
  /** the server's database exists but holds nothing worth keeping (the caller looked): replace it */
  replaceEmpty: boolean;
}

/** Where the server of `name` keeps its database `neo4j`: the store and its transaction logs. */
export function databaseFolders(dataDir: string, name: string): string[] {
  const data = path.join(dataDir, name, "data");
  return [path.join(data, "databases", "neo4j"), path.join(data, "transactions", "neo4j")];
}

/**
 * Builds the local server's database `neo4j` with Neo4j's own offline importer (`neo4j-admin
 * database import full`, from the jars the server runs from) in a staging home beside the server's,
 * and moves it into place only once the importer succeeded: a failed import leaves the server's
 * home as it was. The server must not be running. Returns how long the importer took and what it said it imported.
 */
export async function importOffline(input: OfflineInput, options: OfflineOptions): Promise<{ ms: number; imported: string }> {
  checkJava();
  const lib = await ensureNeo4jJars(options.dataDir, options.progress);
  const targets = databaseFolders(options.dataDir, options.name);
  if (!options.replaceEmpty && targets.some((t) => fs.existsSync(t))) throw new LocalNeo4jError(`${targets[0]} exists already`);
  const staging = path.join(options.dataDir, `${options.name}-initial-staging`);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, "conf"), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(staging, "conf", "neo4j.conf"), [
    "# Written by behangrol's initial import (src/graph/offline-import.ts) for neo4j-admin only.",
    `server.directories.data=${path.join(staging, "data")}`,
    `server.directories.logs=${path.join(staging, "logs")}`,
    "",
  ].join("\n"));
  const log = path.join(staging, "neo4j-admin.log");
  const list = (files: string[]): string => files.map((f) => path.relative(input.dir, f)).join(",");
  const args = [
    `-Xmx${options.heap}`, ...JVM_FLAGS, "-cp", `${lib}${path.sep}*`, "org.neo4j.cli.AdminTool",
    "database", "import", "full", "neo4j", // the database first: the lists of files below take every word after them
    "--id-type=actual", // the CSV gives each node its store id (src/import/initial/node-ids.ts): no id lookups
    `--array-delimiter=U+${(input.arrayDelimiter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
    `--read-buffer-size=${readBufferSize(input.longestRow)}`,
    `--report-file=${path.join(staging, "import.report")}`,
    ...(input.multiline.length ? ["--multiline-fields-format=v2", `--multiline-fields=${list(input.multiline)}`] : []),
    ...input.nodes.map((n) => `--nodes=${n.label}=${list(n.files)}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${list(r.files)}`),
  ];
  options.progress("Building the database with neo4j-admin database import full...");
  const started = Date.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const out = fs.openSync(log, "w", 0o600);
    const child = spawn("java", args, {
      cwd: input.dir, stdio: ["ignore", out, out],
      env: { ...process.env, NEO4J_HOME: staging, NEO4J_CONF: path.join(staging, "conf") },
    });
    fs.closeSync(out);
    child.on("error", reject);
    child.on("exit", (exit) => resolve(exit));
  });
  const ms = Date.now() - started;
  const output = fs.readFileSync(log, "utf8");
  if (code !== 0) {
    // its output may quote a value of a bad row: kept in a private file, not printed
    const kept = path.join(options.dataDir, `${options.name}-initial-import.log`);
    fs.copyFileSync(log, kept);
    fs.chmodSync(kept, 0o600);
    fs.rmSync(staging, { recursive: true, force: true });
    throw new LocalNeo4jError(`neo4j-admin database import full stopped (exit ${String(code)}); nothing was changed. Its output is in ${kept}`);
  }
  const built = databaseFolders(options.dataDir, path.basename(staging));
  for (const [i, target] of targets.entries()) {
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(built[i]!, target);
  }
  fs.rmSync(staging, { recursive: true, force: true });
  const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(output);
  return { ms, imported: imported ? `${imported[1]} nodes, ${imported[2]} relationships, ${imported[3]} properties` : "" };
}
