/**
 * The coordinator's path of issue 22, in a real Chromium against the real server, keyboard only:
 * own families first, a case opened from a hit, the conference with the proposed participants,
 * one plan, a roll on A3 a case conference can work from, and whether the patterns stopped.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { Role } from "../../src/access/viewer";
import type { Graph } from "../../src/graph/gateway";
import { pdfText } from "../support/pdf-text";
import { removeByPrefix } from "../support/snapshot";
import { Scenario } from "../support/scenario";
import { accessibilityViolations, openPage, screenshot, SCREENSHOTS, useToken, workspace } from "./browser";

const made: Scenario[] = [];
const w = workspace({ beforeClose: async (graph: Graph) => { for (const s of made) await removeByPrefix(graph, s.p); } });

/** Wmo and youth care at once without a table, a housing signal nobody followed up; its regisseur coordinates it, under consent. */
async function family(label: string): Promise<Scenario> {
  const s = new Scenario(label).member("mother", "2010-01-01").member("son", "2012-03-01");
  s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding thuis", start: "2023-01-09", end: null, endReason: null, endReasonCode: null, professionalId: "pw" });
  s.help({ agency: "jeugd", person: "son", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: null, endReason: null, endReasonCode: null, professionalId: "pj" });
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.coordinator("2026-01-01");
  made.push(s);
  const delivery = s.delivery();
  delivery.consents = [{ id: s.id("c"), householdId: s.household, agencyIds: [s.id("a-wmo"), s.id("a-jeugd")], basis: "CONSENT", purpose: "integrale aanpak", from: "2026-01-01", to: null }];
  const res = await w.api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: delivery });
  expect(res.errors).toBeUndefined();
  return s;
}

/** What has the keyboard's focus: its accessible name as a person would hear it, roughly. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
  return (el.getAttribute("aria-label") ?? el.labels?.[0]?.innerText ?? el.innerText ?? "").replace(/\s+/g, " ").trim();
});

/** Presses Tab until the focus is on something named so (as a keyboard user walks a page). */
async function tabTo(page: Page, name: RegExp, max = 400, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`nothing named ${name} within ${max} Tabs; passed ${JSON.stringify(seen.slice(0, 30))}`);
}

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

describe("a coordinator's case, from the caseload to the printed roll, by keyboard alone", () => {
  it("walks the whole path with the keyboard, and every page is clean for axe", async () => {
    const s = await family("web-case");
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.COORDINATOR, user: s.id("pr-regisseur") });
    await page.goto(`${w.api.url}/`);

    // its own families first: this one, with its patterns and why it is where it is
    await page.getByTestId("caseload-count").filter({ hasText: "1 gezin" }).waitFor();
    const row = page.locator("ol.caseload > li").first();
    expect(await row.innerText()).toMatch(/2 verschillende patronen \(\+2\)/);
    expect(await row.innerText()).toContain("Hulp zonder afstemming");
    expect(await row.innerText()).toContain("geen casus · regisseur: Regisseur");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.title()).toBe("Werkvoorraad — behangrol");
    await screenshot(page, "caseload");

    // to the family's roll, arriving with its newest hit chosen
    await tabTo(page, new RegExp(`Huishouden ${s.household}`));
    await page.keyboard.press("Enter");
    await page.locator("svg.roll").waitFor();
    expect(page.url()).toContain("?hit=");
    expect(await page.locator("button.hit-choice[aria-pressed=true]").count()).toBe(1);

    // open a case under the household's consent
    await tabTo(page, /^Casus openen$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Notitie$/);
    await page.keyboard.type("Twee organisaties, niemand aan tafel");
    await tabTo(page, /^Casus openen$/); // the form's button
    await page.keyboard.press("Enter");
    await page.getByTestId("case-status").filter({ hasText: "gesignaleerd" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("case-title"); // focus back on the case

    // the conference: the proposed participants are at the table; the coordinator stays regisseur
    const proposals = await page.locator("ul.proposals").innerText();
    expect(proposals).toMatch(/Agency wmo, Wmo: nu betrokken/);
    expect(proposals).toMatch(/Agency jeugd, jeugd: nu betrokken/);
    await tabTo(page, /^Casusoverleg vastleggen$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Wat het gezin zelf wil$/);
    await page.keyboard.type("Rust in huis en één aanspreekpunt");
    await tabTo(page, /^Afspraken$/);
    await page.keyboard.type("Regisseur houdt de regie; één plan voor het gezin");
    await tabTo(page, /^Regisseur vanaf dit overleg$/); // already the coordinator: left as it is
    await tabTo(page, /^Overleg vastleggen$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("case-status").filter({ hasText: "verkennen" }).waitFor();
    expect(await page.locator(".case-panel").innerText()).toMatch(/Regisseur: Regisseur/);
    expect(await page.locator(".case-panel").innerText()).toMatch(/3 deelnemers · gezin aanwezig · Professional pj, Professional pw, Regisseur/);
    // the table was held: the detectors ran again, the two agencies' help is no longer uncoordinated
    await page.locator("aside.hits").filter({ hasNotText: "Hulp zonder afstemming" }).waitFor();
    expect(await page.locator("aside.hits").innerText()).toContain("Gemist signaal");

    // one plan: a goal in the family's words, an action with an owner and a date
    await tabTo(page, /^Plan afspreken$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Doel$/);
    await page.keyboard.type("Schulden in beeld");
    await tabTo(page, /^In de woorden van het gezin$/);
    await page.keyboard.type("Geen enge brieven meer");
    await tabTo(page, /^Actie$/);
    await page.keyboard.type("Aanmelden bij schuldhulp");
    await tabTo(page, /^Plan vastleggen$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("case-status").filter({ hasText: "plan afgesproken" }).waitFor();
    const panel = await page.locator(".case-panel").innerText();
    expect(panel).toContain("financiën: Schulden in beeld");
    expect(panel).toContain("Aanmelden bij schuldhulp");
    // did it help: the same counts before and after the conference; the overlap closed after it
    expect(panel).toContain("Heeft het geholpen?");
    expect(panel).toMatch(/afgesloten patronen\s+0\s+1/);
    // a note on one item of the roll: back to the Wmo help, then the details beside the roll take it
    await tabTo(page, /begeleiding thuis/, 400, "Shift+Tab");
    await page.keyboard.press("Enter"); // on to its details, past no other item
    expect(await page.getByTestId("details").innerText()).toContain("begeleiding thuis");
    await tabTo(page, /^Notitie bij dit onderdeel$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /^Notitie$/);
    await page.keyboard.type("Hier begon de Wmo, zonder afstemming met jeugd");
    await tabTo(page, /^Notitie opslaan$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("details").getByRole("list", { name: "Notities bij dit onderdeel" }).filter({ hasText: "Hier begon de Wmo" }).waitFor();
    expect(await page.getByTestId("details").innerText()).toContain("begeleiding thuis"); // the note is on the Wmo help
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "case-on-roll");

    // the roll on A3 for the table: agencies, labels, legend, patterns, regisseur and the plan
    await page.evaluate(() => { window.print = () => undefined; }); // the browser's dialog is not what is tested here
    await tabTo(page, /^Afdrukken$/);
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=print-roll]").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    const file = path.join(SCREENSHOTS, "case-roll.pdf");
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const paper = pdfText(file);
    for (const words of ["Agency wmo", "Agency jeugd", "Domeinen (kleur van de hulp)", "planactie open", "Gemist signaal", "casusoverleg", "Regisseur: Regisseur",
      "Aanmelden bij schuldhulp", "Schulden in beeld", "Geen enge brieven meer", "plan afgesproken"]) {
      expect({ words, found: paper.includes(words) }).toEqual({ words, found: true });
    }
    expect(paper).toMatch(/begeleiding thuis[^\n]*20\d\d/); // a bar labelled with what and when
    expect(paper).not.toContain("Hulp zonder afstemming"); // the pattern stopped
    expect(paper).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.context().close();
  });

  it("shows the caseload's filters in the address, so Back from a family returns to the same list", async () => {
    const s = await family("web-case-url");
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" });
    await page.goto(`${w.api.url}/`);
    await page.getByTestId("caseload-count").filter({ hasText: /\d+ (gezin|gezinnen)/ }).waitFor();
    await page.getByLabel("Wijk", { exact: true }).selectOption(s.id("wijk"));
    await page.getByRole("button", { name: "Toon" }).click();
    await page.getByTestId("caseload-count").filter({ hasText: "1 gezin" }).waitFor();
    expect(page.url()).toContain(`wijk=${encodeURIComponent(s.id("wijk"))}`);
    await page.getByRole("link", { name: new RegExp(`Huishouden ${s.household}`) }).click();
    await page.locator("svg.roll").waitFor();
    await page.goBack();
    await page.getByTestId("caseload-count").filter({ hasText: "1 gezin" }).waitFor();
    expect(await page.getByLabel("Wijk", { exact: true }).inputValue()).toBe(s.id("wijk"));
    await page.context().close();
  });

  it("finds a family by part of a member's name, and an agency worker starts on its agency's households and the cases it is invited to", async () => {
    const s = await family("web-case-find");
    const opened = await w.api.raw(`mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
      { input: { householdId: s.household, legalGround: "LEGAL_TASK", legalArticle: "Jeugdwet art. 2.1" } });
    const caseId = (opened.data?.openCase as { case: { id: string } }).case.id;
    const planned = await w.api.raw(`mutation($input: PlanConferenceInput!) { planConference(input: $input) { userErrors { message } } }`,
      { input: { caseId, date: today(), inviteeIds: [s.id("pr-pw")] } });
    expect(planned.errors).toBeUndefined();
    await w.api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: { source: s.id("names"), persons: [{ id: s.id("mother"), name: "Fatima El Amrani" }] } });

    const coordinator = await openPage(w.browser);
    await useToken(coordinator, w.api.url, { role: Role.COORDINATOR, user: s.id("pr-regisseur") });
    await coordinator.goto(`${w.api.url}/find`);
    await coordinator.getByLabel("Naam, wijk of id").fill("el amr");
    await coordinator.getByRole("button", { name: "Zoeken" }).click();
    const found = coordinator.getByRole("region", { name: "Gezinnen die je mag zien" });
    await found.waitFor();
    expect(await found.innerText()).toContain("gezin: Fatima El Amrani");
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await coordinator.context().close();

    const worker = await openPage(w.browser);
    await useToken(worker, w.api.url, { role: Role.AGENCY_WORKER, user: s.id("pr-pw"), agency: s.id("a-wmo") });
    await worker.goto(`${w.api.url}/`);
    await worker.getByRole("heading", { name: "Huishoudens van je organisatie" }).waitFor();
    const invited = worker.getByRole("region", { name: "Casussen waar je aan deelneemt" });
    await invited.getByRole("link", { name: new RegExp(`Huishouden ${s.household}`) }).waitFor();
    expect(await invited.innerText()).toContain("overleg gepland");
    expect(await accessibilityViolations(worker)).toEqual([]);
    await screenshot(worker, "agency-start");
    await worker.context().close();
  });

  it("gives the municipality its case figures in the reports, small groups without figures", async () => {
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ANALYST, user: "dev-analyst" }, "wijkanalyse");
    await page.goto(`${w.api.url}/reports`);
    const figures = page.getByRole("region", { name: "Casussen: heeft het geholpen?" });
    await figures.getByRole("table").waitFor();
    expect(await figures.innerText()).toMatch(/alle wijken/);
    expect(await figures.innerText()).toMatch(/minder dan 5 casussen: geen cijfers/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
