/** The wallpaper roll in a real Chromium: lanes, links, evidence, what each role may see, print. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { Pseudonyms } from "../../src/access/pseudonyms";
import { Role } from "../../src/access/viewer";
import { accessibilityViolations, openPage, screenshot, SCREENSHOTS, signInAs, useToken, workspace } from "./browser";
import { pdfText } from "../support/pdf-text";
import { TEST_PSEUDONYM_KEY } from "../support/tokens";

const w = workspace({ stories: true });

type Story = {
  memberships: { person: { id: string; name: string | null } }[];
  interventions: { id: string; agency: { id: string; name: string }; professional: { name: string | null } | null }[];
  events: { id: string; type: string; agency: { id: string; name: string }; relatedEvent: { id: string } | null }[];
  coordinators: { professional: { name: string | null } }[];
  patterns: { id: string; kind: string; evidence: { intervention: { id: string } | null; event: { id: string } | null }[] }[];
};
/** What the API says of a household, as ADMIN: what the page is checked against. */
async function story(id: string): Promise<Story> {
  const res = await w.api.raw(`query($id: ID!) { household(id: $id) {
    memberships { person { id name } }
    interventions { id agency { id name } professional { name } }
    events { id type agency { id name } relatedEvent { id } }
    coordinators { professional { name } }
    patterns { id kind evidence { intervention { id } event { id } } } } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data?.household as Story;
}

const drawn = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? ""));

async function openRoll(page: Page, id: string): Promise<void> {
  await page.goto(`${w.api.url}/households/${encodeURIComponent(id)}`);
  await page.locator("svg.roll").waitFor();
}

describe("the roll of story 2 (h-s2), for its coordinator", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(w.browser);
    await signInAs(page, w.api.url, Role.COORDINATOR);
    await openRoll(page, "h-s2");
  });
  afterAll(() => page.context().close());

  it("draws a lane for every agency of the story, the members, and every intervention and event", async () => {
    const s = await story("h-s2");
    const agencies = [...new Set([...s.interventions, ...s.events].map((x) => x.agency.id))].sort();
    const lanes = await page.locator("svg.roll text.lane-label").evaluateAll((els) => els.map((e) => e.getAttribute("data-lane") ?? ""));
    expect(lanes.filter((l) => l.startsWith("agency:")).map((l) => l.slice(7)).sort()).toEqual(agencies);
    expect(lanes).toEqual(expect.arrayContaining(["members", "coordinators"]));
    expect((await drawn(page, "svg.roll g.item.intervention")).sort()).toEqual(s.interventions.map((i) => i.id).sort());
    expect((await drawn(page, "svg.roll g.item[data-kind=event]")).sort()).toEqual(s.events.map((e) => e.id).sort());
    expect(await page.locator("svg.roll g.item.membership").count()).toBe(s.memberships.length);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "roll-h-s2");
  });

  it("joins every escalation to the concessions that gave in to it", async () => {
    const s = await story("h-s2");
    const expected = s.events.filter((e) => e.type === "CONCESSION" && e.relatedEvent).map((e) => `${e.relatedEvent!.id}>${e.id}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    const links = await page.locator("svg.roll line.link").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-from")}>${e.getAttribute("data-to")}`));
    expect(links.sort()).toEqual(expected);
    const escalations = new Set(s.events.filter((e) => e.type === "ESCALATION").map((e) => e.id));
    expect(expected.every((l) => escalations.has(l.split(">")[0]!))).toBe(true);
  });

  it("highlights exactly the evidence of its ESCALATION_CONCESSION hit and dims the rest", async () => {
    const s = await story("h-s2");
    const hit = s.patterns.find((p) => p.kind === "ESCALATION_CONCESSION")!;
    const evidence = [...new Set(hit.evidence.flatMap((e) => [e.intervention?.id, e.event?.id]).filter((x): x is string => !!x))].sort();
    await page.locator("button.hit-choice[data-kind=ESCALATION_CONCESSION]").click();
    expect(await page.locator("button.hit-choice[data-kind=ESCALATION_CONCESSION]").getAttribute("aria-pressed")).toBe("true");
    const items = "svg.roll g.item.intervention, svg.roll g.item[data-kind=event]";
    expect((await drawn(page, `svg.roll g.item[data-state=highlighted]:not(.membership)`)).sort()).toEqual(evidence);
    const all = await drawn(page, items);
    const dimmed = await drawn(page, "svg.roll g.item[data-state=dimmed]:not(.membership):not(.coordinator)");
    expect(dimmed.sort()).toEqual(all.filter((id) => !evidence.includes(id)).sort());
    await screenshot(page, "roll-h-s2-escalation");
    await page.getByRole("button", { name: "Alles tonen" }).click();
    expect(await page.locator("svg.roll [data-state]").count()).toBe(0);
  });

  it("shows an item's details on hover and on keyboard focus", async () => {
    const s = await story("h-s2");
    const escalation = s.events.find((e) => e.type === "ESCALATION")!;
    await page.locator(`svg.roll g[data-id="${escalation.id}"]`).hover();
    await page.getByTestId("details").getByText(`escalatie · ${escalation.agency.name}`).waitFor();
    const bar = s.interventions[0]!;
    await page.mouse.move(0, 0); // the pointer leaves the chart: what has the keyboard's focus is what is described
    await page.locator(`svg.roll g[data-id="${bar.id}"]`).focus();
    await page.getByTestId("details").getByText(bar.agency.name, { exact: false }).first().waitFor();
  });

  it("zooms into a period and pans, by buttons, keys and the wheel", async () => {
    const from = () => page.getByLabel("Van", { exact: true }).inputValue();
    const to = () => page.getByLabel("Tot", { exact: true }).inputValue();
    const span = async () => (Date.parse(await to()) - Date.parse(await from())) / 86_400_000;
    const whole = await span();
    await page.getByRole("button", { name: "Inzoomen" }).click();
    expect(await span()).toBeCloseTo(whole / 2, -1);
    const before = await from();
    await page.getByRole("button", { name: /Later/ }).click();
    expect(await from() > before).toBe(true);
    await page.locator(`svg.roll g.item`).first().focus();
    await page.keyboard.press("-");
    expect(await span()).toBeCloseTo(whole, -1);
    await page.getByLabel("Van", { exact: true }).fill("2021-01-01");
    await page.getByLabel("Tot", { exact: true }).fill("2021-12-31");
    await page.getByRole("button", { name: "Toon periode" }).click();
    expect(await span()).toBe(364);
    const box = (await page.locator(".roll-scroll").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.wheel(0, 300);
    expect(await span()).toBeGreaterThan(364);
    await page.getByRole("button", { name: "Hele periode" }).click();
    expect(await span()).toBeCloseTo(whole, 0);
    const start = await from();
    await page.mouse.move(box.x + box.width / 2, box.y + 100); // dragging to the right shows what came earlier
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 100, { steps: 5 });
    await page.mouse.up();
    expect(await from() < start).toBe(true);
    expect(await span()).toBeCloseTo(whole, 0);
  });

  it("has a table view with the same entries, for screen readers", async () => {
    await page.getByRole("button", { name: "Tabel" }).click();
    const rows = await drawn(page, "table.roll-table tbody tr");
    const s = await story("h-s2");
    expect(rows).toEqual(expect.arrayContaining([...s.interventions.map((i) => i.id), ...s.events.map((e) => e.id)]));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Tekening" }).click();
  });
});

describe("the roll keeps its context", () => {
  const evidenceOf = (s: Story, kind: string) => [...new Set(s.patterns.find((p) => p.kind === kind)!.evidence.flatMap((e) => [e.intervention?.id, e.event?.id]).filter((x): x is string => !!x))];

  it("arrives from a hit with that hit chosen and its evidence lit, and says where it is", async () => {
    const s = await story("h-s2");
    const hit = s.patterns.find((p) => p.kind === "ESCALATION_CONCESSION")!;
    const page = await openPage(w.browser, 1280, 900);
    await signInAs(page, w.api.url, Role.COORDINATOR);
    await page.goto(`${w.api.url}/households/h-s2?hit=${encodeURIComponent(hit.id)}`);
    await page.locator("svg.roll").waitFor();
    expect(await page.locator("button.hit-choice[data-kind=ESCALATION_CONCESSION]").getAttribute("aria-pressed")).toBe("true");
    expect((await drawn(page, "svg.roll g.item[data-state=highlighted]:not(.membership)")).sort()).toEqual(evidenceOf(s, "ESCALATION_CONCESSION").sort());
    expect(await page.title()).toBe("Huishouden h-s2 — behangrol");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    // the details stand beside the chart, not below it
    await page.locator("svg.roll g.item.intervention").first().hover();
    const chart = (await page.locator(".roll-scroll").boundingBox())!;
    const details = (await page.getByTestId("details").boundingBox())!;
    expect(details.x).toBeGreaterThanOrEqual(chart.x + chart.width);
    expect(details.y).toBeLessThan(chart.y + chart.height / 2);
    await page.context().close();
  });

  it("goes from a hit to its first evidence, on the picture and in the table, and the table says which rows are evidence", async () => {
    const s = await story("h-s2");
    const evidence = evidenceOf(s, "CARE_AVOIDANCE");
    const page = await openPage(w.browser, 1280, 900);
    await signInAs(page, w.api.url, Role.COORDINATOR);
    await openRoll(page, "h-s2");
    await page.locator("button.hit-choice[data-kind=CARE_AVOIDANCE]").click();
    await page.getByRole("button", { name: "Naar het bewijs" }).click();
    await page.waitForFunction(() => document.activeElement?.closest("svg.roll") !== null);
    expect(evidence).toContain(await page.evaluate(() => document.activeElement?.getAttribute("data-id")));
    await page.getByTestId("details").getByText(/./).first().waitFor();
    await page.getByRole("button", { name: "Tabel" }).click();
    const marked = await page.locator("table.roll-table tbody tr[data-evidence]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-id"), (tr as HTMLElement).innerText.includes("bewijs")]));
    expect(marked.map(([id]) => id).sort()).toEqual(evidence.sort());
    expect(marked.every(([, said]) => said)).toBe(true);
    await page.getByRole("button", { name: "Naar het bewijs" }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "TR");
    expect(evidence).toContain(await page.evaluate(() => document.activeElement?.getAttribute("data-id")));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("keeps period, view and hit in the address: a link reopens them and Back restores them", async () => {
    const page = await openPage(w.browser, 1280, 900);
    await signInAs(page, w.api.url, Role.COORDINATOR);
    await openRoll(page, "h-s2");
    await page.getByLabel("Van", { exact: true }).fill("2021-01-01");
    await page.getByLabel("Tot", { exact: true }).fill("2021-12-31");
    await page.getByRole("button", { name: "Toon periode" }).click();
    await page.locator("button.hit-choice[data-kind=MISSED_SIGNAL]").click();
    const url = new URL(page.url());
    expect([url.searchParams.get("from"), url.searchParams.get("to")]).toEqual(["2021-01-01", "2021-12-31"]);
    expect(url.searchParams.get("hit")).toBeTruthy();
    await page.getByRole("link", { name: "Rapportages" }).click();
    await page.getByTestId("per-kind").waitFor();
    expect(await page.title()).toBe("Rapportages — behangrol");
    await page.goBack();
    await page.locator("svg.roll").waitFor();
    expect(await page.getByLabel("Van", { exact: true }).inputValue()).toBe("2021-01-01");
    expect(await page.getByLabel("Tot", { exact: true }).inputValue()).toBe("2021-12-31");
    expect(await page.locator("button.hit-choice[data-kind=MISSED_SIGNAL]").getAttribute("aria-pressed")).toBe("true");
    const again = await openPage(w.browser, 1280, 900);
    await signInAs(again, w.api.url, Role.COORDINATOR);
    await again.goto(url.toString());
    await again.locator("svg.roll").waitFor();
    expect(await again.getByLabel("Van", { exact: true }).inputValue()).toBe("2021-01-01");
    await screenshot(again, "roll-h-s2-linked");
    await again.context().close();
    await page.context().close();
  });
});

describe("what each role sees on a roll", () => {
  it("an agency worker sees other agencies' help as grey bars whose details are not shown", async () => {
    const page = await openPage(w.browser);
    await signInAs(page, w.api.url, Role.AGENCY_WORKER);
    await openRoll(page, "h-s2");
    const bars = await page.locator("svg.roll g.item.intervention").evaluateAll((els) => els.map((e) => ({
      hidden: e.getAttribute("data-hidden") === "true", label: e.getAttribute("aria-label") ?? "", fill: e.querySelector("rect")?.getAttribute("fill"),
      width: Number(e.querySelector("rect")?.getAttribute("width")),
    })));
    const hidden = bars.filter((b) => b.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const b of hidden) {
      expect(b.fill).toBe("#9e9e9e");
      expect(b.width).toBeLessThanOrEqual(20); // its end is not visible: only its start is drawn, never a bar up to today
      expect(b.label).toMatch(/^hulp van .+ \(details niet zichtbaar\)/);
    }
    const s = await story("h-s2");
    const own = s.interventions.filter((i) => i.agency.id === "a-wijkteam").map((i) => i.id);
    for (const id of own) expect(await page.locator(`svg.roll g[data-id="${id}"]`).getAttribute("data-hidden")).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "roll-h-s2-agency-worker");
    await page.context().close();
  });

  it("an analyst finds the household by pseudonym and sees no name anywhere on the page", async () => {
    const s = await story("h-s2");
    const names = [...s.memberships.map((m) => m.person.name), ...s.interventions.map((i) => i.professional?.name), ...s.coordinators.map((c) => c.professional.name)]
      .filter((n): n is string => !!n);
    const surnames = [...new Set(names.flatMap((n) => n.split(" ").filter((w) => w.length > 3)))];
    expect(surnames.length).toBeGreaterThan(0);
    const page = await openPage(w.browser);
    await signInAs(page, w.api.url, Role.ANALYST, "wijkanalyse");
    await page.getByRole("link", { name: "Zoeken" }).click();
    await page.getByLabel("Pseudoniem").fill(new Pseudonyms(TEST_PSEUDONYM_KEY).encode("Household", "h-s2"));
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.locator("svg.roll").waitFor();
    await page.getByRole("button", { name: "Tabel" }).click();
    const everything = await page.evaluate(() => document.body.innerText + " " + [...document.querySelectorAll("[aria-label],[title]")].map((e) => `${e.getAttribute("aria-label")} ${e.getAttribute("title")}`).join(" "));
    for (const name of surnames) expect({ name, found: everything.includes(name) }).toEqual({ name, found: false });
    expect(everything).not.toContain("h-s2");
    await page.getByRole("button", { name: "Tekening" }).click();
    await screenshot(page, "roll-h-s2-analyst");
    await page.context().close();
  });
});

describe("a household with many caregivers (story 4, h-s4)", () => {
  it("groups the agencies' lanes by domain, and a group folds and unfolds from the keyboard", async () => {
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" });
    await openRoll(page, "h-s4");
    const lanes = () => page.locator("svg.roll text.lane-label[data-lane^='agency:']").count();
    const before = await lanes();
    const group = page.getByRole("button", { name: /^jeugd: Inklappen$/ });
    expect(await group.getAttribute("aria-expanded")).toBe("true");
    await group.focus();
    await page.keyboard.press("Enter");
    const folded = page.getByRole("button", { name: /^jeugd: Uitklappen$/ });
    expect(await folded.getAttribute("aria-expanded")).toBe("false");
    expect(await lanes()).toBeLessThan(before);
    await screenshot(page, "roll-h-s4-folded");
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: /^jeugd: Inklappen$/ }).waitFor();
    expect(await lanes()).toBe(before);
    await page.context().close();
  });
});

describe("printing the roll for the case conference", () => {
  it("lays the roll of h-s4 out over landscape A3 sheets, each with household, period, purpose, date and 'vertrouwelijk'", async () => {
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" }, "casusoverleg: h-s4");
    // the browser's own print dialog stands in for a printer: counted, so the PDF below is the only print job
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printsAsked: number }).printsAsked = ((window as unknown as { printsAsked?: number }).printsAsked ?? 0) + 1);
    });
    await openRoll(page, "h-s4");
    await page.getByRole("button", { name: "Afdrukken" }).click();
    await page.getByTestId("print-roll").waitFor({ state: "attached" });
    await page.waitForFunction(() => (window as unknown as { printsAsked?: number }).printsAsked === 1); // the button opens the print dialog
    const sheets = await page.locator(".print-page").count();
    expect(sheets).toBeGreaterThan(1); // five years do not fit on one sheet
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation").isVisible()).toBe(false); // on paper: the roll only
    await screenshot(page, "roll-h-s4-print");
    for (let n = 0; n < sheets; n++) {
      const headerBox = page.locator(".print-page").nth(n).locator(".print-header");
      expect(await headerBox.isVisible()).toBe(true);
      const header = await headerBox.innerText();
      expect(header).toContain("Behangrol van huishouden h-s4");
      expect(header).toMatch(/Periode: .+ – .+/);
      expect(header).toContain("Doel: casusoverleg: h-s4");
      expect(header).toMatch(/Afgedrukt op \d+ \w+\.? \d{4}/);
      expect(header).toContain(`blad ${n + 1} van ${sheets}`);
      expect(header).toContain("VERTROUWELIJK");
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOTS, "roll-h-s4.pdf"), pdf);
    // printing (its beforeprint) lays the sheets out again but asks for no second print job
    expect(await page.evaluate(() => (window as unknown as { printsAsked?: number }).printsAsked)).toBe(1);
    const text = pdf.toString("latin1");
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(sheets); // one PDF page per sheet: each has its header
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(1190.55, -1); // A3 landscape, in points
      expect(h).toBeCloseTo(841.89, -1);
    }
    // what a case conference reads on the paper: agencies, labels, the legend, the patterns, no codes or ISO days
    const paper = pdfText(path.join(SCREENSHOTS, "roll-h-s4.pdf"));
    const s = await story("h-s4");
    for (const agency of new Set(s.interventions.map((i) => i.agency.name))) expect(paper).toContain(agency);
    expect(paper).toMatch(/\[1[\],]/); // evidence of pattern 1 marked on the roll
    expect(paper).toMatch(/(toegeven|escalatie|contact|signaal|begeleiding|hulp)[^\n]*(19|20)\d\d/); // a mark labelled with what and when
    for (const words of ["Domeinen (kleur van de hulp)", "Gebeurtenissen", "Resultaten", "afgelopen (streep aan het eind)", "niet bereikt", "vandaag"]) expect(paper).toContain(words);
    expect(paper).toContain("Patronen");
    for (const p of s.patterns) expect(paper).toContain({ EFFORT_WITHOUT_RESULT: "Inzet zonder resultaat", PROFESSIONAL_TURNOVER: "Wisselende hulpverleners", UNCOORDINATED_OVERLAP: "Hulp zonder afstemming" }[p.kind] ?? p.kind);
    expect(paper).toContain("Regisseur: geen regisseur");
    expect(paper).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(paper).not.toMatch(/\b(UNCOORDINATED_OVERLAP|EFFORT_WITHOUT_RESULT|GEESTELIJKE_GEZONDHEID|FINANCIEN|NOT_ACHIEVED)\b/);
    await page.context().close();
  });

  it("names the regisseur of today on the first sheet", async () => {
    const page = await openPage(w.browser);
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" }, "casusoverleg: h-s2");
    await openRoll(page, "h-s2");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOTS, "roll-h-s2.pdf"), pdf);
    const paper = pdfText(path.join(SCREENSHOTS, "roll-h-s2.pdf"));
    const s = await story("h-s2");
    expect(paper).toMatch(new RegExp(`Regisseur: ${s.coordinators.at(-1)!.professional.name}`));
    await page.context().close();
  });

  it("prints the same sheets from the browser's own print command, without asking for a second print", async () => {
    const page = await openPage(w.browser);
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printsAsked: number }).printsAsked = 1);
    });
    await useToken(page, w.api.url, { role: Role.ADMIN, user: "dev-admin" }, "casusoverleg: h-s4");
    await openRoll(page, "h-s4");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true }); // what Ctrl+P prints
    const pages = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(pages.length).toBeGreaterThan(1); // the A3 sheets, not the screen
    expect(Number(pages[0]?.[1])).toBeCloseTo(1190.55, -1);
    expect(await page.evaluate(() => (window as unknown as { printsAsked?: number }).printsAsked)).toBeUndefined();
    await page.context().close();
  });
});
