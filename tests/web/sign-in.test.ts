/** The workspace's front door, in a real Chromium against the real server: sign in, purpose, storage, CSP. */
import http from "node:http";
import { Role } from "../../src/access/viewer";
import { accessibilityViolations, openPage, screenshot, signInAs, workspace } from "./browser";

const w = workspace();

describe("signing in to the workspace", () => {
  it("offers the four development roles, asks why before any data, and keeps token and purpose in sessionStorage only", async () => {
    const page = await openPage(w.browser);
    const graphql: { purpose: string | undefined; authorized: boolean }[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/graphql")) graphql.push({ purpose: r.headers()["x-purpose"], authorized: !!r.headers().authorization });
    });
    await page.goto(`${w.api.url}/households/h-s2`);
    await page.getByRole("heading", { name: "Inloggen" }).waitFor();
    for (const role of Object.values(Role)) await page.getByRole("button", { name: new RegExp(`\\(${role}\\)`) }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "sign-in");

    await page.getByRole("button", { name: /\(COORDINATOR\)/ }).click();
    await page.getByRole("heading", { name: "Waarom kijk je?" }).waitFor();
    expect(graphql).toEqual([]); // no question to the API before a purpose is stated
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "purpose");

    await page.getByRole("radio", { name: "anders" }).check();
    await page.getByRole("button", { name: "Verder" }).click();
    await page.getByRole("alert").filter({ hasText: "toelichting" }).waitFor(); // "other" needs words
    await page.getByLabel(/Toelichting/).fill("voorbereiding overleg Zuid");
    await page.getByRole("button", { name: "Verder" }).click();

    // the deep link opens once signed in, with the purpose in sight
    await page.getByRole("heading", { name: "Behangrol van huishouden h-s2" }).waitFor();
    expect(await page.getByTestId("purpose").textContent()).toBe("anders: voorbereiding overleg Zuid");
    const stored = await page.evaluate(() => ({
      token: sessionStorage.getItem("behangrol.token"), purpose: sessionStorage.getItem("behangrol.purpose"),
      local: Object.keys(localStorage).filter((k) => /token|purpose/i.test(k) || (localStorage.getItem(k) ?? "").startsWith("ey")),
    }));
    expect(stored.token).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored.purpose).toBe("anders: voorbereiding overleg Zuid");
    expect(stored.local).toEqual([]);
    expect(graphql.length).toBeGreaterThan(0);
    expect(graphql.every((r) => r.authorized && r.purpose === "anders: voorbereiding overleg Zuid")).toBe(true);

    // signing out forgets both
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("heading", { name: "Inloggen" }).waitFor();
    expect(await page.evaluate(() => [sessionStorage.getItem("behangrol.token"), sessionStorage.getItem("behangrol.purpose")])).toEqual([null, null]);
    await page.context().close();
  });

  it("sends a purpose with Dutch letters so that the audit trail records the words typed", async () => {
    const page = await openPage(w.browser);
    await page.goto(`${w.api.url}/`);
    await page.getByRole("button", { name: /\(ANALYST\)/ }).click();
    await page.getByLabel(/Toelichting/).fill("overleg met de cliënt, één gezin");
    await page.getByRole("button", { name: "Verder" }).click();
    await page.getByTestId("purpose").filter({ hasText: "casusoverleg: overleg met de cliënt, één gezin" }).waitFor();
    await page.getByTestId("queue-count").filter({ hasText: /\d+ patronen/ }).waitFor();
    const res = await w.api.raw(`{ auditEvents(userId: "dev-analyst", first: 20) { edges { node { purpose } } } }`);
    const purposes = (res.data?.auditEvents as { edges: { node: { purpose: string } }[] }).edges.map((e) => e.node.purpose);
    expect(purposes).toContain("casusoverleg: overleg met de cliënt, één gezin");
    await page.context().close();
  });

  it("forgets a session whose token the API refuses, and says so", async () => {
    const page = await openPage(w.browser);
    await page.goto(`${w.api.url}/favicon.svg`);
    await page.evaluate(() => {
      sessionStorage.setItem("behangrol.token", "ey.not.valid");
      sessionStorage.setItem("behangrol.purpose", "casusoverleg");
    });
    await page.goto(`${w.api.url}/`);
    await page.getByText("Je sessie is verlopen").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("behangrol.token"))).toBeNull();
    await page.context().close();
  });

  it("switches every text to English and back", async () => {
    const page = await openPage(w.browser);
    await signInAs(page, w.api.url, Role.ANALYST);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Work queue" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { name: "Werkvoorraad" }).waitFor();
    await page.context().close();
  });
});

describe("what the server gives the app", () => {
  it("serves the app with a strict CSP (no inline script), and the playground still at GET /graphql", async () => {
    for (const path of ["/", "/households/h-s2", "/reports", "/find"]) {
      const res = await fetch(`${w.api.url}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain("unsafe-inline';script-src-attr"); // script-src itself has no 'unsafe-inline'
    }
    const playground = await fetch(`${w.api.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await playground.text()).toContain("ruru");
    expect(playground.headers.get("content-security-policy")).toContain("'unsafe-inline'");
  });

  it("hands development tokens to this machine only, never through a proxy or to a rebound host name", async () => {
    const ask = (headers: Record<string, string> = {}) =>
      fetch(`${w.api.url}/auth/development-token`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ role: "ADMIN" }) });
    expect((await ask()).status).toBe(200);
    expect((await ask({ "x-forwarded-for": "203.0.113.9" })).status).toBe(404);
    expect(await statusWithHost(`${w.api.url}/auth/development-token`, "evil.example")).toBe(404);
    const options = await (await fetch(`${w.api.url}/auth/options`, { headers: { "x-forwarded-for": "203.0.113.9" } })).json();
    expect(options).toEqual({ oidc: null, developmentRoles: [] });
    const refused = await fetch(`${w.api.url}/auth/development-token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ role: "ROOT" }) });
    expect(((await refused.json()) as { error: string }).error).toMatch(/role must be one of/);
  });
});

/** fetch will not send another Host; a DNS-rebinding page would. */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { host, "content-type": "application/json" } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", reject);
    req.end(JSON.stringify({ role: "ADMIN" }));
  });
}
