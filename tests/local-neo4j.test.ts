/**
 * The Neo4j that `npm start` and the tests start themselves (src/graph/local-server.ts), as it
 * runs: settings a user of the embedded default would notice.
 */
import { cypher } from "../src/graph/cypher";
import type { Graph } from "../src/graph/gateway";
import { testGraph } from "./support/graph";

describe("the local Neo4j", () => {
  let graph: Graph;
  beforeAll(() => (graph = testGraph()));
  afterAll(() => graph.close());

  it("keeps at most 1 GiB of transaction logs beyond what recovery needs, not 2 days of them whatever their size", async () => {
    // every answer with personal data commits an audit entry: Neo4j's default of 2 days grew to 26 GB under load tests
    const [row] = await graph.read(cypher("../tests/support/setting.cypher"), { name: "db.tx_log.rotation.retention_policy" });
    expect(row?.value).toBe("1G size");
  });
});
