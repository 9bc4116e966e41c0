/**
 * Filtered household lists from the selective side (issue 26): a list walked in its order, each
 * household asked of the filters as it comes (households-walk*.cypher), gives exactly the pages the
 * collecting query gives (households-page.cypher, which starts from the agency), for every filter,
 * in id order and in keyed order, forward and backward. Generated households with members who come
 * and go, real Neo4j; every filter names one of this file's own agencies, so other files' data stay out.
 */
import type { Graph } from "../src/graph/gateway";
import { cypher } from "../src/graph/cypher";
import { importDeliveries } from "../src/import/deliveries";
import { generateMunicipality, syntheticPrefix } from "../seeds/generator/generate";
import { TODAY, testGraph } from "./support/graph";
import { removeByPrefix } from "./support/snapshot";

const SEED = 2604;
const p = syntheticPrefix(SEED);
let graph: Graph;

beforeAll(async () => {
  graph = testGraph();
  await removeByPrefix(graph, p);
  await importDeliveries(graph, generateMunicipality({ households: 160, seed: SEED, mix: "dense" }), TODAY);
}, 120_000);
afterAll(async () => {
  await removeByPrefix(graph, p);
  await graph.close();
});

type Filter = { neighbourhood?: string; domain?: string; agencyId?: string; from?: string; to?: string; scopeAgencyId?: string };
const NONE = { neighbourhood: null, domain: null, agencyId: null, from: null, to: null, scopeAgencyId: null };
const COLLECT = cypher("read/queries/households-page.cypher");
const WALK = { id: [cypher("read/queries/households-walk.cypher"), cypher("read/queries/households-walk-before.cypher")],
  keyed: [cypher("read/queries/households-walk-keyed.cypher"), cypher("read/queries/households-walk-keyed-before.cypher")] };

async function collected(filter: Filter, keyed: boolean): Promise<string[]> {
  const [row] = await graph.read(COLLECT, { ...NONE, ...filter, keyed, cursorKey: null, backward: false, limit: 10_000 });
  return (row?.rows as [string, string][]).map(([, id]) => id);
}

async function walked(filter: Filter, keyed: boolean, backward: boolean, size: number): Promise<string[]> {
  const query = WALK[keyed ? "keyed" : "id"][backward ? 1 : 0]!;
  const ids: string[] = [];
  for (let cursorKey = backward ? "\uffff" : "", more = true; more;) {
    const [row] = await graph.read(query, { ...NONE, ...filter, cursorKey, limit: size });
    const rows = row?.rows as [string, string][];
    ids.push(...rows.map(([, id]) => id));
    more = rows.length === size;
    cursorKey = rows.at(-1)?.[0] ?? cursorKey;
  }
  return backward ? ids.reverse() : ids;
}

const own = (key: string) => `${p}a-${key}`;
const filters: [string, Filter][] = [
  ["an agency's help", { agencyId: own("wijkteam-noord") }],
  ["an agency's help in a domain", { agencyId: own("wijkteam-noord"), domain: "JEUGD" }],
  ["an agency's help in a period", { agencyId: own("cjg"), from: "2023-01-01", to: "2023-12-31" }],
  ["an agency's help in a neighbourhood", { agencyId: own("wmo"), neighbourhood: "Noord" }],
  ["an agency worker's households", { scopeAgencyId: own("wijkteam-zuid") }],
  ["an agency worker's households helped in a domain", { scopeAgencyId: own("wijkteam-zuid"), domain: "WMO" }],
  ["an agency worker's households with its own help in a period", { scopeAgencyId: own("cjg"), agencyId: own("cjg"), from: "2024-01-01" }],
];

describe("a filtered households list walked in its order", () => {
  it.each(filters)("gives %s, in id and in keyed order, both ways, as the collecting query does", async (_name, filter) => {
    for (const keyed of [false, true]) {
      const expected = await collected(filter, keyed);
      expect(expected.length).toBeGreaterThan(3);
      const size = Math.max(2, Math.floor(expected.length / 3)); // three pages or more
      expect(await walked(filter, keyed, false, size)).toEqual(expected);
      expect(await walked(filter, keyed, true, size)).toEqual(expected);
    }
  });

});
