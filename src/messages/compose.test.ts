import { composeMessage, escapeText } from "./compose";
import type { At, Header, Message, MessageType, Standard } from "./facts";
import { validateAgainstXsd } from "./xsd-check";

const at = (value: string): At => ({ value, path: "" });

const header = (standard: Standard, type: MessageType, id: string): Header => {
  const municipality = "0363";
  const provider = "12345678";
  const fromMunicipality = type === "301" || type === "319";
  return {
    standard, type, code: at(""), id: at(id), dated: at("2026-03-02"),
    sender: at(fromMunicipality ? municipality : provider), receiver: at(fromMunicipality ? provider : municipality),
  };
};

/** One message of each type with several products, in a standard's own codes. */
function example(standard: Standard, type: MessageType): Message {
  const h = header(standard, type, `${type}-1`);
  const client = { bsn: at("999900006"), birthDate: at("2012-05-17") };
  const [cat1, cat2] = standard === "iJw" ? ["45", "54"] : ["02", "07"];
  const [code1, code2] = standard === "iJw" ? ["45A03", "54001"] : ["02A01", "07B12"];
  const [ended, switched] = standard === "iJw" ? ["32", "38"] : ["21", "38"];
  switch (type) {
    case "301":
      return {
        type, header: h, client,
        allocated: [
          { number: at("300201"), product: { category: at(cat1 as string), code: at(code1 as string) }, allocatedOn: at("2026-03-01"), from: at("2026-03-02"), to: at("2026-12-31") },
          { number: at("300202"), product: { category: at(cat2 as string) }, allocatedOn: at("2026-03-01"), from: at("2026-03-02") },
          { number: at("300203"), product: { category: at(cat1 as string) }, allocatedOn: at("2026-03-01"), from: at("2026-03-02"), to: at("2026-04-30"), changeReason: at("05") },
        ],
      };
    case "305":
      return {
        type, header: h, client,
        started: [
          { number: at("300201"), product: { category: at(cat1 as string), code: at(code1 as string) }, allocationFrom: at("2026-03-02"), start: at("2026-03-04") },
          { number: at("300202"), start: at("2026-03-09") },
        ],
      };
    case "307":
      return {
        type, header: h, client,
        stopped: [
          { number: at("300201"), product: { category: at(cat1 as string) }, allocationFrom: at("2026-03-02"), start: at("2026-03-04"), end: at("2026-06-30"), reason: at(ended as string) },
          { number: at("300202"), start: at("2026-03-09"), end: at("2026-05-01"), reason: at(switched as string) },
        ],
      };
    case "315":
      return {
        type, header: h, client,
        requested: [
          { reference: at("VOT-2026-001"), product: { category: at(cat1 as string), code: at(code1 as string) }, from: at("2026-04-01"), to: at("2026-12-31"), referrerType: at("02") },
          { reference: at("VOT-2026-002"), product: { category: at(cat2 as string) }, from: at("2026-04-01"), referrerType: at("06") },
        ],
      };
    case "317":
      return {
        type, header: h, client,
        request: {
          reference: at("VOW-2026-001"), reason: at("2"), numbers: [at("300201"), at("300202")],
          newProducts: [
            { product: { category: at(cat2 as string), code: at(code2 as string) }, from: at("2026-05-01"), to: at("2026-10-31") },
            { product: { category: at(cat1 as string) }, from: at("2026-05-01") },
          ],
        },
      };
    case "319":
      return { type, header: h, answer: { reference: at("VOW-2026-001"), answer: at("1"), rejection: at("2") } };
  }
}

const TYPES: MessageType[] = ["301", "305", "307", "315", "317", "319"];
const CASES = (["iJw", "iWmo"] as Standard[]).flatMap((standard) => TYPES.map((type) => [standard, type] as const));

describe("a composed message", () => {
  it.each(CASES)("%s %s is valid against the standard's XSD", async (standard, type) => {
    const text = composeMessage(example(standard, type));
    expect(await validateAgainstXsd(standard, type, [{ name: `${standard}${type}.xml`, text }])).toEqual([]);
  });

  it("is valid with every type of both standards in one batch each, a hundred at a time", async () => {
    for (const [standard, type] of CASES) {
      const texts = Array.from({ length: 100 }, (_, i) => ({ name: `${i}`, text: composeMessage(example(standard, type), { gender: i % 2 ? "1" : "2" }) }));
      expect(await validateAgainstXsd(standard, type, texts)).toEqual([]);
    }
  });

  it("carries the standard's prefixes, namespaces, message code and version, like the examples", () => {
    const text = composeMessage(example("iWmo", "307"));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<wmo307:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema" xmlns:wmo307="http://www.istandaarden.nl/iwmo/3_2/wmo307/schema">\n')).toBe(true);
    expect(text).toContain("\t\t<wmo307:BerichtCode>420</wmo307:BerichtCode>\n\t\t<wmo307:BerichtVersie>3</wmo307:BerichtVersie>\n\t\t<wmo307:BerichtSubversie>2</wmo307:BerichtSubversie>\n");
    expect(text).toContain("\t\t\t<iwmo:Identificatie>307-1</iwmo:Identificatie>\n");
    expect(composeMessage(example("iJw", "317"))).toContain("<jw317:BerichtCode>486</jw317:BerichtCode>");
  });

  it("writes the name, birth date and gender it is given, escaped, and neutral ones when not", async () => {
    const message = example("iJw", "305");
    const named = composeMessage(message, { name: { surname: "Dijk & <Zn>", prefix: "van", initials: "JP" }, birthDate: "2011-01-02", gender: "2" });
    expect(named).toContain("<ijw:Achternaam>Dijk &amp; &lt;Zn&gt;</ijw:Achternaam>");
    expect(named).toContain("<ijw:Datum>2011-01-02</ijw:Datum>");
    expect(named).toContain("<jw305:Geslacht>2</jw305:Geslacht>");
    const plain = composeMessage({ ...message, client: { bsn: at("999900006") } });
    expect(plain).toContain("<ijw:Datum>1900-01-01</ijw:Datum>\n\t\t\t<ijw:DatumGebruik>3</ijw:DatumGebruik>");
    expect(plain).toContain("<jw305:Geslacht>0</jw305:Geslacht>");
    expect(plain).toContain("<ijw:Achternaam>-</ijw:Achternaam>");
    expect(await validateAgainstXsd("iJw", "305", [{ name: "named", text: named }, { name: "plain", text: plain }])).toEqual([]);
  });

  it("refuses to invent a fact the XSD requires and the facts lack", () => {
    const stop = example("iJw", "307");
    if (stop.type !== "307") throw new Error("not a 307");
    const { start: _, ...withoutStart } = stop.stopped[0] as (typeof stop.stopped)[number];
    expect(() => composeMessage({ ...stop, stopped: [withoutStart] })).toThrow("Begindatum");
    const change = example("iWmo", "317");
    if (change.type !== "317") throw new Error("not a 317");
    const { reason: __, ...withoutReason } = change.request;
    expect(() => composeMessage({ ...change, request: withoutReason })).toThrow("RedenVerzoek");
  });
});

describe("escaping text", () => {
  it("escapes markup and replaces what XML cannot hold", () => {
    expect(escapeText("a & b < c > d")).toBe("a &amp; b &lt; c &gt; d");
    expect(escapeText("bel\u0007")).toBe("bel\uFFFD");
    expect(escapeText("Zoë \"Jansen\" 't Hoen")).toBe("Zoë \"Jansen\" 't Hoen");
  });
});
