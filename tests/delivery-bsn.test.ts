import { installationBsnKey } from "../src/access/bsn";
import { cypher } from "../src/graph/cypher";
import { importDataset } from "../src/import/import.service";
import { TODAY, uniquePrefix } from "./support/graph";
import { graphSuite } from "./support/graph-suite";
import { syntheticBsn } from "../src/messages/synthetic";

const suite = graphSuite();

const MEMBERS = cypher("../tests/support/members-of.cypher");

/** A household composition as the BRP gives it: persons by BSN. */
function brp(p: string, bsns: string[]) {
  return {
    source: `${p}brp`,
    agencies: [{ id: `${p}a`, name: "Wmo-loket", kind: "MUNICIPALITY", domains: ["WMO"], cbsCode: "0363" }],
    households: [{ id: `${p}h` }],
    persons: bsns.map((bsn, i) => ({ bsn, name: `Persoon ${i}`, birthYear: 1980 + i })),
    memberships: bsns.map((bsn) => ({ personBsn: bsn, householdId: `${p}h`, role: "PARENT", from: "2020-01-01" })),
    events: [{ id: `${p}e`, type: "CONTACT", date: "2024-01-01", agencyId: `${p}a`, personBsn: bsns[0] }],
  };
}

describe("a delivery may name persons by BSN, which is never stored", () => {
  it("stores each person under the id the BSN's keyed hash gives, and the number nowhere", async () => {
    const p = suite.owns(uniquePrefix("brp"));
    const bsns = [syntheticBsn(`${p}1`), syntheticBsn(`${p}2`)];
    const result = await importDataset(suite.graph(), brp(p, bsns), TODAY);
    expect(result.errors).toEqual([]);
    const rows = await suite.graph().read(MEMBERS, { householdId: `${p}h` });
    const ids = rows.map((r) => r.personId as string).sort();
    expect(ids).toEqual(bsns.map((b) => installationBsnKey().personId(b)).sort());
    // nothing the delivery wrote holds a BSN: not the persons, not their memberships, not the event
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(bsns.join("|")));
    // the same BSN from a later delivery is the same person (a second import changes nothing)
    const again = await importDataset(suite.graph(), brp(p, bsns), TODAY);
    expect(again.counts.find((c) => c.kind === "persons")).toMatchObject({ received: 2, created: 0 });
  });

  it("refuses a BSN that fails the elfproef, and a person named both ways, without repeating the number", async () => {
    const p = suite.owns(uniquePrefix("brp-bad"));
    const good = syntheticBsn(`${p}1`);
    const bad = `${good.slice(0, 8)}${(Number(good[8]) + 1) % 10}`;
    const delivery = brp(p, [good, bad]);
    (delivery.persons[0] as Record<string, unknown>).id = `${p}x`;
    const result = await importDataset(suite.graph(), delivery, TODAY);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([
      { path: "persons[0]", message: "give id or bsn, not both" },
      { path: "persons[1].bsn", message: "is not a valid BSN: it fails the elfproef" },
      { path: "memberships[1].personBsn", message: "is not a valid BSN: it fails the elfproef" },
    ]));
    expect(JSON.stringify(result.errors)).not.toContain(bad);
    expect(await suite.graph().read(MEMBERS, { householdId: `${p}h` })).toEqual([]);
  });
});
