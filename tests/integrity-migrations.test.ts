/**
 * Integrity (issue 21): migrations are split into statements respecting strings, and two instances
 * starting together apply each migration once.
 */
import { cypher, statementsOf } from "../src/graph/cypher";
import { migrate } from "../src/graph/migrations";
import { testGraph } from "./support/graph";

const PROBES = cypher("../tests/support/integrity-migration-probes.cypher");
const REMOVE = cypher("../tests/support/integrity-migration-remove.cypher");
const VERSION = "test-integrity";

describe("a migration's statements", () => {
  it("are split at each ';' outside strings and quoted names", () => {
    expect(statementsOf("CREATE (:A {s: 'x;y'}); CREATE (:B {s: \"a\\\";b\"}) ;MATCH (n) RETURN n.`odd;name` ; ")).toEqual([
      "CREATE (:A {s: 'x;y'})", "CREATE (:B {s: \"a\\\";b\"})", "MATCH (n) RETURN n.`odd;name`",
    ]);
    expect(statementsOf("RETURN 'it''s;' AS x")).toEqual(["RETURN 'it''s;' AS x"]);
    expect(statementsOf(" ; ;")).toEqual([]);
  });

  it("of a file keep their comments out and their strings whole", () => {
    const query = cypher("../tests/support/integrity-migration.cypher");
    expect(statementsOf(query.text)).toEqual([
      "CREATE (:IntegrityProbe {id: 'integrity-migration-probe;1'})",
      "CREATE (:IntegrityProbe {id: 'integrity-migration-probe-2', note: \"it's; here\"})",
    ]);
  });
});

const migration = (file: string) => ({ version: VERSION, file, query: cypher(`../tests/support/${file}`) });

describe("applying migrations", () => {
  it("runs a statement with a ';' in a string whole", async () => {
    const graph = testGraph();
    try {
      await graph.write(REMOVE, { version: VERSION });
      expect(await migrate(graph, [migration("integrity-migration.cypher")])).toEqual(["integrity-migration.cypher"]);
      const [row] = await graph.read(PROBES, { version: VERSION });
      expect([...(row?.probes as string[])].sort()).toEqual(["integrity-migration-probe-2", "integrity-migration-probe;1"]);
    } finally {
      await graph.write(REMOVE, { version: VERSION });
      await graph.close();
    }
  });

  it("refuses a database that recorded the migration's version under another migration's name, and applies nothing", async () => {
    const graph = testGraph();
    try {
      await graph.write(REMOVE, { version: VERSION });
      await graph.write({ name: "test-record-other-migration", text: "CREATE (:Migration {version: $version, name: 'migration-from-another-branch'})" }, { version: VERSION });
      await expect(migrate(graph, [migration("integrity-migration-plain.cypher")])).rejects.toThrow(
        `This database recorded migration ${VERSION} as "migration-from-another-branch", but this code's migration ${VERSION} is "test-integrity-migration-plain"`,
      );
      const [row] = await graph.read(PROBES, { version: VERSION });
      expect(row?.probes).toEqual([]);
    } finally {
      await graph.write(REMOVE, { version: VERSION });
      await graph.close();
    }
  });

  it("applies a migration once when two instances start together: the second waits for the first, then skips it", async () => {
    const [a, b] = [testGraph(), testGraph()];
    const plain = migration("integrity-migration-plain.cypher");
    try {
      await a.write(REMOVE, { version: VERSION });
      const done = await Promise.all([migrate(a, [plain]), migrate(b, [plain])]);
      expect(done.flat()).toEqual(["integrity-migration-plain.cypher"]);
      const [row] = await a.read(PROBES, { version: VERSION });
      expect(row).toEqual({ probes: ["integrity-migration-probe-plain"], recorded: 1 });
    } finally {
      await a.write(REMOVE, { version: VERSION });
      await Promise.all([a.close(), b.close()]);
    }
  });
});
