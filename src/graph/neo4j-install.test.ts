import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkJava, ensureNeo4jJars, LocalNeo4jError } from "./neo4j-install";

describe("starting the local Neo4j on a machine without its tools", () => {
  const noTools = { PATH: "/nonexistent" };

  it("says how to get Java when java is missing", () => {
    expect(() => checkJava(noTools)).toThrow(LocalNeo4jError);
    expect(() => checkJava(noTools)).toThrow(/install a JDK .*or set NEO4J_URI/);
  });

  it("says how to get Maven when mvn is missing and the jars are not there yet", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-no-jars-"));
    try {
      await expect(ensureNeo4jJars(dir, () => undefined, noTools)).rejects.toThrow(/Maven \(mvn\) is not installed.*NEO4J_URI/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("accepts the Java this machine has", () => {
    expect(() => checkJava()).not.toThrow();
  });
});
