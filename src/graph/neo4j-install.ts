import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

/** The Neo4j release the project runs: 5.26 LTS, Community edition. */
export const NEO4J_VERSION = "5.26.30";

export class LocalNeo4jError extends Error {}

const POM = path.join(projectRoot, "src/graph/neo4j-server/pom.xml");

/** The environment tools are looked up in; the process's own unless a caller (a test) passes one. */
export type ToolEnv = NodeJS.ProcessEnv | undefined;

/** Java 17+ must be there to run Neo4j 5; says what to do when it is not. */
export function checkJava(env?: ToolEnv): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8", ...(env ? { env } : {}) });
  if (java.error || java.status !== 0) {
    throw new LocalNeo4jError(
      "Java is not installed or not on PATH. The local Neo4j needs Java 17 or 21: install a JDK " +
        "(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  const match = /version "(\d+)/.exec(java.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(`Neo4j 5 needs Java 17 or newer; found Java ${major || "of unknown version"}.`);
  }
}

/**
 * Makes sure Neo4j's jars are in `<dataDir>/neo4j-dist/<version>/lib`, fetching them from Maven
 * Central with Maven the first time (Maven's own ~/.m2 cache makes later fetches fast).
 */
export async function ensureNeo4jJars(dataDir: string, progress: (line: string) => void, env?: ToolEnv): Promise<string> {
  const dist = path.join(dataDir, "neo4j-dist", NEO4J_VERSION);
  const lib = path.join(dist, "lib");
  const marker = path.join(dist, ".complete");
  if (fs.existsSync(marker)) return lib;

  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8", ...(env ? { env } : {}) });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      "Maven (mvn) is not installed or not on PATH; it fetches Neo4j from Maven Central the first time. " +
        "Install it (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  const staging = `${lib}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  progress(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central (first time only)...`);

  const args = ["-B", "-f", POM, "dependency:copy-dependencies", `-DoutputDirectory=${staging}`, `-Dneo4j.version=${NEO4J_VERSION}`];
  await new Promise<void>((resolve, reject) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"], ...(env ? { env } : {}) });
    let downloaded = 0;
    let tail = "";
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      const count = text.match(/Downloaded from/g)?.length ?? 0;
      if (count) {
        downloaded += count;
        if (downloaded % 25 < count) progress(`  ...${downloaded} files downloaded`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new LocalNeo4jError(`Maven could not fetch Neo4j (exit ${code}):\n${tail}`)),
    );
  });
  const jars = fs.readdirSync(staging).filter((f) => f.endsWith(".jar"));
  if (!jars.some((j) => j.startsWith(`neo4j-${NEO4J_VERSION}`))) {
    throw new LocalNeo4jError(`Maven finished but neo4j-${NEO4J_VERSION}.jar is missing from ${staging}`);
  }
  fs.rmSync(lib, { recursive: true, force: true });
  fs.renameSync(staging, lib);
  fs.writeFileSync(marker, `${jars.length} jars\n`);
  progress(`Neo4j ${NEO4J_VERSION}: ${jars.length} jars ready.`);
  return lib;
}
