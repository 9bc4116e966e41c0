/**
 * Every query the system runs (each .cypher file under src/, migrations apart: they run at start)
 * is planned by the real Neo4j without an error: a typo in a rarely used query fails here, not in
 * front of a coordinator.
 */
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { CONNECTION_FILE } from "./support/connection";

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith(".cypher") ? [path.join(dir, d.name)] : []);
const queries = files(path.join(__dirname, "..", "src")).filter((f) => !f.includes(`${path.sep}migrations${path.sep}`));
const { uri, user, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
const driver = neo4j.driver(uri as string, neo4j.auth.basic(user as string, password as string));
afterAll(() => driver.close());

it.each(queries.map((f) => [path.relative(path.join(__dirname, ".."), f)]))("%s is a query Neo4j can plan", async (file) => {
  const text = fs.readFileSync(path.join(__dirname, "..", file), "utf8");
  await expect(driver.executeQuery(`EXPLAIN ${text}`)).resolves.toBeDefined();
});
