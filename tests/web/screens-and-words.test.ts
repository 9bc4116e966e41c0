/** What any page shows a coordinator: words, not codes or ISO days, in Dutch and English; and nothing pushes a phone's page sideways. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { projectRoot } from "../../src/config";
import { Pseudonyms } from "../../src/access/pseudonyms";
import { Role } from "../../src/access/viewer";
import { TEST_PSEUDONYM_KEY } from "../support/tokens";
import { openPage, screenshot, useToken, workspace } from "./browser";

const w = workspace({ stories: true });

/** Every code the API may send: the schema's enum values (a language names itself) and what a detection run writes in a hit's history. */
const CODES = [
  ...[...fs.readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8").matchAll(/^enum (\w+) \{([^}]*)\}/gm)]
    .filter((m) => m[1] !== "Language")
    .flatMap((m) => m[2]!.split("\n").map((v) => v.trim()).filter((v) => /^[A-Z][A-Z_]+$/.test(v))),
  "FOUND", "FOUND_AGAIN", "EVIDENCE_CHANGED", "NOT_FOUND",
];

const agencyNames = async (): Promise<string[]> =>
  ((await w.api.raw(`{ agencies(first: 500) { edges { node { name } } } }`)).data?.agencies as { edges: { node: { name: string } }[] }).edges.map((e) => e.node.name);

/**
 * The page's text as a person reads it, every <details> opened, agency names (GGZ Regio Voorbeeld)
 * taken out: those known before the page loaded (`known`) and now, as test files beside this one
 * add and remove agencies of their own.
 */
async function visibleText(page: Page, known: string[]): Promise<string> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const agencies = [...new Set([...known, ...(await agencyNames())])];
  let text = await page.evaluate(() => document.body.innerText);
  for (const name of agencies.sort((a, b) => b.length - a.length)) text = text.split(name).join(" ");
  return text;
}

function codesIn(text: string): string[] {
  return CODES.filter((code) => new RegExp(`(?<![\\w-])${code}(?![\\w-])`).test(text));
}

async function open(page: Page, path: string, ready: string, lang: "nl" | "en"): Promise<void> {
  await page.evaluate((l) => localStorage.setItem("behangrol.lang", l), lang);
  await page.goto(`${w.api.url}${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState("networkidle");
}

describe("words a coordinator uses", () => {
  beforeAll(async () => {
    // one hit with a history of more than its finding, so the queue shows what a run wrote
    const hits = await w.api.raw(`{ patternHits(kind: CARE_AVOIDANCE, first: 1) { edges { node { id } } } }`);
    const id = (hits.data?.patternHits as { edges: { node: { id: string } }[] }).edges[0]!.node.id;
    expect((await w.api.raw(`mutation($id: ID!) { triageHit(id: $id, status: SEEN) { id } }`, { id })).errors).toBeUndefined();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`shows no raw code and no ISO date on the roll, the caseload, the hits and the reports (${lang})`, async () => {
      const page = await openPage(w.browser);
      await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" });
      const pages: [string, string][] = [["/households/h-s2", "svg.roll"], ["/", "ol.caseload > li"], ["/hits", "ol.queue > li.hit"], ["/reports", "[data-testid=per-kind]"]];
      for (const [where, ready] of pages) {
        const known = await agencyNames();
        await open(page, where, ready, lang);
        if (where.startsWith("/households")) await page.locator("button.hit-choice").first().click();
        const text = await visibleText(page, known);
        expect({ where, lang, codes: codesIn(text) }).toEqual({ where, lang, codes: [] });
        expect({ where, lang, dates: text.match(/\d{4}-\d{2}-\d{2}/g) ?? [] }).toEqual({ where, lang, dates: [] });
        if (where === "/hits") expect(text).toContain(lang === "nl" ? "(gevonden) · detectie" : "(found) · detection");
      }
      await page.context().close();
    });
  }
});

describe("dismissing a hit", () => {
  it("asks for the note as required when the reason is 'anders', and as optional otherwise", async () => {
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" });
    await open(page, "/hits", "ol.queue > li.hit", "nl");
    const id = await page.locator("ol.queue > li.hit").filter({ has: page.getByRole("button", { name: "Afwijzen" }) }).first().getAttribute("data-hit-id");
    const hit = page.locator(`ol.queue > li.hit[data-hit-id="${id}"]`);
    await hit.getByRole("button", { name: "Afwijzen" }).click();
    expect(await hit.getByLabel("Notitie (optioneel)").evaluate((e) => (e as HTMLInputElement).required)).toBe(false);
    await hit.getByLabel("Reden").selectOption("OTHER");
    expect(await hit.getByLabel("Notitie (verplicht bij reden 'anders')").evaluate((e) => (e as HTMLInputElement).required)).toBe(true);
    await page.context().close();
  });
});

describe("a phone (390 × 844)", () => {
  const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it("shows the start page, a roll (also with an analyst's long pseudonyms) and the reports without sideways scrolling", async () => {
    for (const as of [{ role: Role.COORDINATOR, user: "pr-regie-2" }, { role: Role.ANALYST, user: "dev-analyst" }]) {
      const page = await openPage(w.browser, 390, 844);
      await useToken(page, w.api.url, as);
      const household = as.role === Role.ANALYST ? new Pseudonyms(TEST_PSEUDONYM_KEY).encode("Household", "h-s2") : "h-s2";
      const pages: [string, string, string][] = [
        ["/", as.role === Role.ANALYST ? "ol.queue > li.hit" : "ol.caseload > li", "start"], [`/households/${encodeURIComponent(household)}`, "svg.roll", "roll"], ["/reports", "[data-testid=per-kind]", "reports"],
      ];
      for (const [where, ready, name] of pages) {
        await page.goto(`${w.api.url}${where}`);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        expect({ where, role: as.role, width: await fits(page) }).toEqual({ where, role: as.role, width: expect.any(Number) });
        // what sticks out, if anything: the element and the start of its text, so a failure says what to fix
        const wide = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest("svg"))
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? "").slice(0, 60)}`).slice(-3));
        expect({ where, role: as.role, fits: (await fits(page)) <= 390, wide: (await fits(page)) <= 390 ? [] : wide }).toEqual({ where, role: as.role, fits: true, wide: [] });
        await screenshot(page, `phone-${name}-${as.role.toLowerCase()}`);
      }
      await page.context().close();
    }
  });
});
