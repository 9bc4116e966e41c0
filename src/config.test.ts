import { ConfigError, loadConfig } from "./config";

describe("configuration from the environment", () => {
  it("has working defaults: port 4000 and a local Neo4j", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeUndefined();
  });

  it("uses an existing Neo4j when NEO4J_URI is set, cluster and TLS schemes included", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "x" });
    expect(config.neo4j).toEqual({ uri: "neo4j+s://abc.databases.neo4j.io", user: "neo4j", password: "x", database: undefined });
  });

  it("lists every bad setting at once, saying what it must be", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost:7474", NEO4J_LOCAL_HEAP: "lots" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a whole number from 0 to 65535, got "eighty"/);
    expect(message).toMatch(/NEO4J_URI must start with bolt:\/\/, neo4j:\/\//);
    expect(message).toMatch(/NEO4J_PASSWORD is required when NEO4J_URI is set/);
    expect(message).toMatch(/NEO4J_LOCAL_HEAP must be a size like 512m or 2g, got "lots"/);
  });
});
