import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import {
  CHANGE_REASONS, END_REASONS, MESSAGE_CODES, PRODUCT_CATEGORIES, REFERRER_TYPES, REJECTION_REASONS, REQUEST_ANSWERS, REQUEST_REASONS,
  START_MESSAGE_TERM_WORKING_DAYS, typeOfCode,
} from "./code-lists";
import { MESSAGE_TYPES, type Standard } from "./facts";

const xsd = (standard: Standard, file: string): string => fs.readFileSync(path.join(projectRoot, "standards", standard === "iJw" ? "ijw-3.2" : "iwmo-3.2", file), "utf8");

/** The codes an XSD simple type enumerates. */
function enumerated(text: string, type: string): string[] {
  const body = new RegExp(`<xs:simpleType name="${type}">([\\s\\S]*?)</xs:simpleType>`).exec(text)?.[1] ?? "";
  return [...body.matchAll(/<xs:enumeration value="([^"]*)"/g)].map((m) => m[1] as string);
}

describe("the code lists", () => {
  it("say what a code means in its own standard", () => {
    expect(END_REASONS.iJw["32"]).toBe("Voortijdig afgesloten, door cliënt");
    expect(END_REASONS.iWmo["21"]).toBe("Levering is eenzijdig door client beeindigd");
    expect(END_REASONS.iWmo["32"]).toBeUndefined();
    expect(PRODUCT_CATEGORIES.iJw["45"]).toBe("Jeugdhulp ambulant");
    expect(PRODUCT_CATEGORIES.iWmo["01"]).toBe("Hulp bij het huishouden");
    expect(REFERRER_TYPES["06"]).toBe("Zelfverwijzer / geen verwijzer");
    expect(REQUEST_ANSWERS["1"]).toBe("Verzoek afgewezen");
  });

  it("know each message by its code, and a code by its message", () => {
    expect(MESSAGE_CODES.iJw["307"]).toBe("440");
    expect(MESSAGE_CODES.iWmo["319"]).toBe("482");
    expect(typeOfCode("iWmo", "444")).toBe("315");
    expect(typeOfCode("iJw", "444")).toBeUndefined();
  });

  it("hold exactly the codes the XSDs enumerate", () => {
    for (const standard of ["iJw", "iWmo"] as Standard[]) {
      const base = xsd(standard, "basisschema.xsd");
      expect(Object.keys(END_REASONS[standard]).sort()).toEqual(enumerated(base, "LDT_RedenBeeindiging").sort());
      expect(Object.keys(PRODUCT_CATEGORIES[standard]).sort()).toEqual(enumerated(base, "LDT_ProductCategorie").sort());
      expect(Object.keys(CHANGE_REASONS[standard]).sort()).toEqual(enumerated(base, "LDT_RedenWijziging").sort());
      expect(Object.keys(REFERRER_TYPES).sort()).toEqual(enumerated(base, "LDT_TypeVerwijzer").sort());
      expect(Object.keys(REQUEST_REASONS).sort()).toEqual(enumerated(base, "LDT_RedenVerzoek").sort());
      expect(Object.keys(REQUEST_ANSWERS).sort()).toEqual(enumerated(base, "LDT_VerzoekAntwoord").sort());
      expect(Object.keys(REJECTION_REASONS).sort()).toEqual(enumerated(base, "LDT_RedenAfwijzingVerzoek").sort());
      for (const type of MESSAGE_TYPES) {
        const file = `${standard === "iJw" ? "JW" : "WMO"}${type}.xsd`;
        expect(xsd(standard, file)).toContain(`<xs:pattern value="${MESSAGE_CODES[standard][type]}"/>`);
      }
    }
  });

  it("give a start message five working days (OP271)", () => {
    expect(START_MESSAGE_TERM_WORKING_DAYS).toBe(5);
  });
});
