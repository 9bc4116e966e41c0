/** The workspace's words: plurals by the language's rules, the API's sentences readable, a label for every code of the schema. */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config";
import { en } from "../../web/src/i18n/en";
import { fill } from "../../web/src/i18n/format";
import { nl } from "../../web/src/i18n/nl";
import { readable } from "../../web/src/i18n/readable";

describe("counts in words", () => {
  it("says 1 paar, 25 paren, 1 pattern, 3 patterns", () => {
    expect(fill("{count} {count:paar|paren}", { count: 1 }, "nl")).toBe("1 paar");
    expect(fill("{count} {count:paar|paren}", { count: 25 }, "nl")).toBe("25 paren");
    expect(fill("{count} {count:paar|paren}", { count: 0 }, "nl")).toBe("0 paren");
    expect(fill(nl.queue.count, { count: 1 }, "nl")).toBe("1 patroon");
    expect(fill(en.queue.count, { count: 1 }, "en")).toBe("1 pattern");
    expect(fill(en.queue.count, { count: 3 }, "en")).toBe("3 patterns");
  });
});

describe("the API's sentences on a page", () => {
  it("shows dates as dates and codes as words, in the page's language", () => {
    const text = "Tussen 2021-01-15 en 2022-01-14 stegen de ZRM-scores niet op FINANCIEN, GEESTELIJKE_GEZONDHEID; hulp van GGZ Regio Voorbeeld op GGZ en WMO van UWV.";
    expect(readable(text, nl, "nl")).toBe("Tussen 15 jan 2021 en 14 jan 2022 stegen de ZRM-scores niet op financiën, geestelijke gezondheid; hulp van GGZ Regio Voorbeeld op ggz en Wmo van UWV.");
    expect(readable("from 2021-01-15 on MIDDELENGEBRUIK", en, "en")).toBe("from 15 Jan 2021 on substance use");
  });
});

describe("a label for every code", () => {
  // each enum of the schema a person may meet, and where its words are (Language names itself)
  const where: Record<string, string> = {
    AgencyKind: "agencyKinds", ConsentBasis: "consentBases", DismissReason: "reasons", Domain: "domains", EndReason: "endReasons", EventType: "eventTypes",
    HitOrder: "hitOrders", HitStatus: "statuses", Language: "languages", MembershipRole: "memberRoles", OutcomeResult: "results", PatternKind: "kinds",
    Role: "roles", TimelineEntryKind: "timelineKinds", ZrmDomain: "zrmDomains", CaseStatus: "cases.statuses", CaseChangeKind: "cases.changeKinds",
    AuditAction: "auditActions", AuditOutcome: "auditOutcomes", DetectionTrigger: "detectionTriggers", EvidenceRole: "evidenceRoles",
    HitChangeReason: "hitChangeReasons", ImportCountKind: "importCountKinds",
  };
  const schema = fs.readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
  const enums = [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => ({ name: m[1]!, values: m[2]!.split("\n").map((v) => v.trim()).filter((v) => /^[A-Z_]+$/.test(v)) }));

  it.each(enums.map((e) => [e.name, e]))("has Dutch and English words for every value of %s", (_name, e) => {
    const key = where[e.name];
    expect({ enum: e.name, key }).toEqual({ enum: e.name, key: expect.any(String) });
    for (const texts of [nl, en]) {
      const words = key!.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], texts) as Record<string, string>;
      expect(e.values.filter((v) => !words[v])).toEqual([]);
    }
  });
});
