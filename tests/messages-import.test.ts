import { installationBsnKey } from "../src/access/bsn";
import { cypher } from "../src/graph/cypher";
import { detectForHousehold } from "../src/detectors/detect.service";
import { importDataset } from "../src/import/import.service";
import { ownHouseholdId } from "../src/messages/mapping";
import { TODAY, uniquePrefix } from "./support/graph";
import { graphSuite } from "./support/graph-suite";
import { allocation, answer, bsnFor, example, importTexts, parties, request, started, stopped, xml } from "./support/messages";

const suite = graphSuite();

const HELP = cypher("../tests/support/help-of-person.cypher");
const COUNT = cypher("../tests/support/message-nodes.cypher");
const helpOf = async (bsn: string) => suite.graph().read(HELP, { personId: installationBsnKey().personId(bsn) });
/** What messages of a municipality left in the store: nothing, for a refused import. */
const written = async (cbs: string) => (await suite.graph().read(COUNT, { cbs }))[0];

describe("the standard's example messages", () => {
  it("the valid ones import, a repeat changes nothing, and the invalid JW315 is refused with its path", async () => {
    const valid = ["ijw/JW301.xml", "iwmo/WMO301.xml", "iwmo/WMO315.xml", "iwmo/WMO317.xml", "iwmo/WMO319.xml"].map(example);
    const first = await importTexts(suite.graph(), valid);
    expect(first.outcome.errors).toEqual([]);
    expect(first.messages).toEqual({ received: 5, created: 5, repeated: 0, skipped: 0 });
    const again = await importTexts(suite.graph(), valid);
    expect(again.outcome.ok).toBe(true);
    expect(again.messages).toEqual({ received: 5, created: 0, repeated: 5, skipped: 0 });

    const refused = await importTexts(suite.graph(), [example("ijw/JW315.xml")]);
    expect(refused.outcome.ok).toBe(false);
    expect(refused.outcome.errors).toContainEqual({
      path: "JW315.xml: /Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum", message: "2027-06-31 is not a date",
    });
    // JW317 passes the XSD but asks for a product to end (2024-02-28) before it begins (2026-11-01)
    const backwards = await importTexts(suite.graph(), [example("ijw/JW317.xml")]);
    expect(backwards.outcome.errors).toContainEqual({
      path: "JW317.xml: /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum", message: "2024-02-28 is before its GewensteIngangsdatum 2026-11-01",
    });
  });

  it("JW305 and JW307 land on the right person's roll once their allocation is known, and not before", async () => {
    const unknown = await importTexts(suite.graph(), [example("ijw/JW305.xml")]);
    expect(unknown.outcome.errors).toContainEqual({
      path: "JW305.xml: /Bericht/Client/StartProducten/StartProduct[1]/ToewijzingNummer",
      message: "refers to allocation 300201 of municipality 0363, which is unknown here: import its iJw 301 first (or with it)",
    });
    // the allocation municipality 0363 would have sent to provider 65656055 (the examples do not form one chain)
    const common = { cbs: "0363", agb: "65656055", bsn: "999900006", dated: "2026-04-01", birthDate: "2010-02-14" };
    const allocations = [allocation({ ...common, number: "300201", from: "2026-04-01" }), allocation({ ...common, number: "300202", from: "2026-04-01" })].map((m) => xml(m));
    const result = await importTexts(suite.graph(), [...allocations, example("ijw/JW305.xml"), example("ijw/JW307.xml")]);
    expect(result.outcome.errors).toEqual([]);
    const help = (await helpOf("999900006")).filter((h) => h.agency === "agb-65656055" && h.domain === "JEUGD");
    expect(help).toEqual([
      expect.objectContaining({ id: "ijw-0363-toewijzing-300201", start: "2026-04-03", end: "2026-07-17", endReason: "COMPLETED", endReasonCode: 31, professional: "agb-65656055-team" }),
      expect.objectContaining({ id: "ijw-0363-toewijzing-300202", start: "2026-04-15", end: "2026-07-17", endReason: "COMPLETED", endReasonCode: 31 }),
    ]);
  });
});

describe("what the messages say about a family", () => {
  it("finds CARE_AVOIDANCE when youth and Wmo care keep being ended by the client", async () => {
    const p = suite.owns(uniquePrefix("avoid"));
    const { cbs, agb } = parties();
    const [mother, son] = [bsnFor(`${p}mother`), bsnFor(`${p}son`)];
    // the BRP: a mother and her son, by BSN
    const brp = await importDataset(suite.graph(), {
      source: `${p}brp`, households: [{ id: `${p}h`, neighbourhood: "Centrum" }],
      persons: [{ bsn: mother, birthYear: 1985 }, { bsn: son, birthYear: 2012 }],
      memberships: [{ personBsn: mother, householdId: `${p}h`, role: "PARENT", from: "2012-01-01" }, { personBsn: son, householdId: `${p}h`, role: "CHILD", from: "2012-05-01" }],
    }, TODAY);
    expect(brp.errors).toEqual([]);
    const ended = (who: string, standard: "iJw" | "iWmo", provider: string, number: string, start: string, end: string) => {
      const o = { standard, cbs, agb: provider, bsn: who };
      return [
        allocation({ ...o, dated: start, number, from: start }),
        started({ ...o, dated: start, number, start }),
        stopped({ ...o, dated: end, number, start, end, reason: standard === "iJw" ? "32" : "21" }),
      ].map((m) => xml(m));
    };
    const texts = [
      ...ended(son, "iJw", agb(1), "1", "2025-01-06", "2025-03-01"),
      ...ended(mother, "iWmo", agb(2), "2", "2025-02-03", "2025-04-15"),
      ...ended(son, "iJw", agb(3), "3", "2025-05-05", "2025-07-01"),
    ];
    const result = await importTexts(suite.graph(), texts);
    expect(result.outcome.errors).toEqual([]);
    expect(result.run?.households).toBe(1);
    const hits = await detectForHousehold(suite.graph(), `${p}h`, { asOf: TODAY, from: null, to: null });
    const avoidance = hits.find((h) => h.kind === "CARE_AVOIDANCE");
    expect(avoidance?.score).toBe(3);
    expect(avoidance?.evidence.filter((e) => e.interventionId).map((e) => e.interventionId).sort())
      .toEqual([`ijw-${cbs}-toewijzing-1`, `ijw-${cbs}-toewijzing-3`, `iwmo-${cbs}-toewijzing-2`]);
  });

  it("gives a client the BRP has not delivered a household of their own, and raises a signal for an allocation that never started", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`own-${cbs}`);
    const o = { standard: "iWmo" as const, cbs, agb: agb(1), bsn, birthDate: "1950-06-01" };
    const result = await importTexts(suite.graph(), [xml(allocation({ ...o, dated: "2026-09-01", number: "77", from: "2026-09-07" }), "Jansen")]);
    expect(result.outcome.errors).toEqual([]);
    const personId = installationBsnKey().personId(bsn);
    const hits = await detectForHousehold(suite.graph(), ownHouseholdId(personId), { asOf: TODAY, from: null, to: null });
    // 2026-09-07 + 5 working days = 2026-09-14: no 305 by then, no help in WMO within 60 days after
    const missed = hits.find((h) => h.kind === "MISSED_SIGNAL");
    expect(missed?.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ eventId: `iwmo-${cbs}-toewijzing-77-niet-gestart`, date: "2026-09-14", domain: "WMO" })]));
    const [stored] = await suite.graph().read(cypher("../tests/support/person-and-household.cypher"), { personId });
    expect(stored).toMatchObject({ name: "Jansen", birthYear: 1950, madeFromMessages: true });
  });

  it("counts a switch of provider as a new face: each provider's team is the professional of its help", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`switch-${cbs}`);
    const o = { cbs, bsn };
    const result = await importTexts(suite.graph(), [
      allocation({ ...o, agb: agb(1), dated: "2025-01-06", number: "1", from: "2025-01-06" }),
      started({ ...o, agb: agb(1), dated: "2025-01-06", number: "1", start: "2025-01-06" }),
      stopped({ ...o, agb: agb(1), dated: "2025-03-03", number: "1", start: "2025-01-06", end: "2025-03-03", reason: "38" }),
      allocation({ ...o, agb: agb(2), dated: "2025-03-03", number: "2", from: "2025-03-03" }),
      started({ ...o, agb: agb(2), dated: "2025-03-04", number: "2", start: "2025-03-04" }),
    ].map((m) => xml(m)));
    expect(result.outcome.errors).toEqual([]);
    const help = await helpOf(bsn);
    expect(help.map((h) => [h.professional, h.endReason, h.endReasonCode])).toEqual([
      [`agb-${agb(1)}-team`, "OTHER", 38], [`agb-${agb(2)}-team`, null, null],
    ]);
  });

  it("withdraws a stop or a start sent with StatusAanlevering 3, counts a late allocation's term from its receipt, and keeps care with its provider", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`withdraw-${cbs}`);
    const o = { cbs, agb: agb(1), bsn };
    const first = await importTexts(suite.graph(), [
      allocation({ ...o, dated: "2026-02-02", number: "1", from: "2026-02-02" }),
      started({ ...o, dated: "2026-02-03", number: "1", start: "2026-02-03" }),
      stopped({ ...o, dated: "2026-03-02", number: "1", start: "2026-02-03", end: "2026-03-02", reason: "32" }),
      // sent on 1 April for care from 5 January: the term runs from its receipt (OP271)
      allocation({ ...o, dated: "2026-04-01", number: "2", from: "2026-01-05" }),
    ].map((m) => xml(m)));
    expect(first.outcome.errors).toEqual([]);
    const personId = installationBsnKey().personId(bsn);
    const signals = async () => (await suite.graph().read(cypher("../tests/support/events-of-person.cypher"), { personId })).filter((e) => e.type === "SIGNAL");
    expect(await signals()).toEqual([expect.objectContaining({ date: "2026-04-08" })]);

    const withdrawStop = stopped({ ...o, dated: "2026-03-05", number: "1", start: "2026-02-03", end: "2026-03-02", reason: "32" });
    if (withdrawStop.type === "307") withdrawStop.stopped[0]!.status = { value: "3", path: "" };
    const late = started({ ...o, dated: "2026-04-20", number: "2", start: "2026-01-05" });
    expect((await importTexts(suite.graph(), [withdrawStop, late].map((m) => xml(m)))).outcome.errors).toEqual([]);
    expect((await helpOf(bsn)).map((h) => [h.id, h.end, h.endReason])).toEqual([[`ijw-${cbs}-toewijzing-2`, null, null], [`ijw-${cbs}-toewijzing-1`, null, null]]);
    expect(await signals()).toEqual([]); // the care did start: the signal is withdrawn

    const withdrawStart = started({ ...o, dated: "2026-04-21", number: "2", start: "2026-01-05" });
    if (withdrawStart.type === "305") withdrawStart.started[0]!.status = { value: "3", path: "" };
    const moved = allocation({ ...o, agb: agb(2), dated: "2026-04-22", number: "1", from: "2026-02-02" });
    const refused = await importTexts(suite.graph(), [xml(withdrawStart), xml(moved)]);
    expect(refused.outcome.errors).toEqual([{ path: "m1.xml: /Bericht/Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer", message: `changes allocation 1 to another provider, but its care started at ${agb(1)}: a new provider gets a new allocation` }]);
    expect((await importTexts(suite.graph(), [xml(withdrawStart)])).outcome.errors).toEqual([]);
    expect((await helpOf(bsn)).map((h) => h.id)).toEqual([`ijw-${cbs}-toewijzing-1`]);
  });

  it("keeps requests and answers as dated events on the client", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`request-${cbs}`);
    const o = { cbs, agb: agb(1), bsn };
    const result = await importTexts(suite.graph(), [
      request({ ...o, dated: "2026-10-01", reference: "R1", from: "2026-10-15", referrer: "02" }),
      answer({ ...o, dated: "2026-10-06", reference: "R1", answer: "1", rejection: "3" }),
    ].map((m) => xml(m)));
    expect(result.outcome.errors).toEqual([]);
    const events = await suite.graph().read(cypher("../tests/support/events-of-person.cypher"), { personId: installationBsnKey().personId(bsn) });
    expect(events).toEqual([
      expect.objectContaining({ type: "CARE_REQUEST", date: "2026-10-01", description: expect.stringMatching(/verzoek om toewijzing: Jeugdhulp ambulant; verwijzer: huisarts/) }),
      expect.objectContaining({ type: "REQUEST_ANSWER", date: "2026-10-06", description: "antwoord op verzoek: verzoek afgewezen; reden: geen contract" }),
    ]);
  });
});

describe("a bad message is refused with its path, and nothing is written", () => {
  const { cbs, agb } = parties();
  const bsn = bsnFor(`bad-${cbs}`);
  const o = { cbs, agb: agb(1), bsn, dated: "2026-05-01" };
  const good = () => xml(allocation({ ...o, number: "1", from: "2026-05-04" }));
  const cases: Array<[string, () => string, string, RegExp]> = [
    ["not well-formed", () => good().replace("</jw301:Header>", ""), "line", /not well-formed XML/],
    ["with a DOCTYPE", () => good().replace("?>", '?><!DOCTYPE x [<!ENTITY a "b">]>'), "line", /DOCTYPE/],
    ["of release 3.1", () => good().replaceAll("3_2", "3_1"), "/Bericht", /behangrol reads release 3.2/],
    ["failing the XSD", () => good().replace(/<jw301:Ingangsdatum>[^<]*</, "<jw301:Ingangsdatum>2026-06-31<"), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum", /^2026-06-31 is not a date$/],
    ["with a BSN failing the elfproef", () => good().replace(`>${bsn}<`, `>${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}<`), "/Bericht/Client/Bsn", /^is not a valid BSN: it fails the elfproef$/],
    ["with its end before its start", () => xml(allocation({ ...o, number: "1", from: "2026-05-04", to: "2026-05-01" })), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum", /2026-05-01 is before the allocation's Ingangsdatum 2026-05-04/],
    ["dated in the future", () => xml(allocation({ ...o, dated: "2027-01-01", number: "1", from: "2026-05-04" })), "/Bericht/Header/BerichtIdentificatie/Dagtekening", /after today/],
    ["with a code outside its list", () => xml(stopped({ ...o, number: "1", start: "2026-05-04", end: "2026-06-01", reason: "21" })), "/Bericht/Client/StopProducten/StopProduct/RedenBeeindiging", /not one of the codes \{'02', '20', '31', '32'/],
    ["naming an unknown allocation", () => xml(started({ ...o, number: "404", start: "2026-05-04" })), "/Bericht/Client/StartProducten/StartProduct/ToewijzingNummer", /unknown here/],
    ["answering an unknown request", () => xml(answer({ ...o, reference: "nope", answer: "2" })), "/Bericht/Antwoord/ReferentieAanbieder", /unknown here/],
    ["with the wrong BerichtCode", () => good().replace(">436<", ">414<"), "/Bericht/Header/BerichtCode", /pattern '436'/],
  ];
  it.each(cases)("%s", async (_, text, path, message) => {
    const result = await importTexts(suite.graph(), [good(), text()]);
    expect(result.outcome.ok).toBe(false);
    expect(result.outcome.errors).toContainEqual({ path: expect.stringMatching(new RegExp(`^m1\\.xml: ${path.replace(/[[\]]/g, "\\$&")}`)), message: expect.stringMatching(message) });
    expect(JSON.stringify(result.outcome.errors)).not.toContain(bsn);
    expect(await written(cbs)).toEqual({ messages: 0, allocations: 0, agencies: 0 });
  });

  it("refuses a message far wider or deeper than any message, at once, and reads one with a BOM and no declaration", async () => {
    const wide = good().replace("<jw301:ToegewezenProducten>", `<jw301:ToegewezenProducten>${"<jw301:ToegewezenProduct/>".repeat(25_000)}`);
    const deep = good().replace("<jw301:Header>", `<jw301:Header>${"<x>".repeat(40)}${"</x>".repeat(40)}`);
    const started = Date.now();
    const result = await importTexts(suite.graph(), [wide, deep]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.outcome.errors).toEqual([
      { path: "m0.xml: line 1", message: "has more than 20000 elements or is nested deeper than 32: not a message" },
      { path: "m1.xml: line 1", message: "has more than 20000 elements or is nested deeper than 32: not a message" },
    ].map((e) => ({ ...e, path: expect.stringMatching(/^m[01]\.xml: line \d+$/) })));
    const { cbs: other, agb: otherAgb } = parties();
    const bom = `\uFEFF${xml(allocation({ ...o, cbs: other, agb: otherAgb(1), number: "1", from: "2026-05-04" })).replace(/^<\?xml[^>]*\?>\s*/, "")}`;
    expect((await importTexts(suite.graph(), [bom])).outcome.errors).toEqual([]);
  });

  it("skips a message of a type it does not read (a return message), and refuses an import of only such messages", async () => {
    const ret = good().replaceAll("jw301", "jw302");
    const only = await importTexts(suite.graph(), [ret]);
    expect(only.outcome.errors).toEqual([{ path: "(import): (messages)", message: "holds no message of a type behangrol reads (301, 305, 307, 315, 317, 319)" }]);
    const { cbs: other, agb: otherAgb } = parties();
    const mixed = await importTexts(suite.graph(), [xml(allocation({ ...o, cbs: other, agb: otherAgb(1), number: "1", from: "2026-05-04" })), ret]);
    expect(mixed.outcome.errors).toEqual([]);
    expect(mixed.messages).toEqual({ received: 2, created: 1, repeated: 0, skipped: 1 });
    expect([...mixed.skipped]).toEqual([["iJw 302", 1]]);
  });

  it("refuses a 307 that ends before its start, and the same identification with other content", async () => {
    const first = await importTexts(suite.graph(), [good(), xml(started({ ...o, id: "s1", number: "1", start: "2026-05-06", from: "2026-05-04" }))]);
    expect(first.outcome.errors).toEqual([]);
    const before = await written(cbs);
    const early = await importTexts(suite.graph(), [xml(stopped({ ...o, number: "1", start: "2026-05-04", end: "2026-05-05", reason: "31" }))]);
    expect(early.outcome.errors).toEqual([{ path: "m0.xml: /Bericht/Client/StopProducten/StopProduct/Einddatum", message: "2026-05-05 is before allocation 1 started (2026-05-06)" }]);
    const reused = await importTexts(suite.graph(), [xml(started({ ...o, id: "s1", number: "1", start: "2026-05-07", from: "2026-05-04" }))]);
    expect(reused.outcome.errors).toEqual([{ path: "m0.xml: /Bericht/Header/BerichtIdentificatie/Identificatie", message: "iJw 305 s1 from " + agb(1) + " was received before with other content: an identification is used once per message type and sender (TR056)" }]);
    expect(await written(cbs)).toEqual(before);
  });
});
