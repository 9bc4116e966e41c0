import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../src/config";
import { Role } from "../../src/access/viewer";
import type { Graph } from "../../src/graph/gateway";
import { loadStoriesAndDetect } from "../../seeds/load-stories";
import { startApi, type TestApi } from "../support/api";
import { browserMissing, chromiumPath, WEB_ROOT } from "../support/chromium";
import { TODAY, testGraph } from "../support/graph";
import { tokenFor, type As } from "../support/tokens";

export { WEB_ROOT };
export const SCREENSHOTS = path.join(projectRoot, "tests", "screenshots");

export function launchBrowser(): Promise<Browser> {
  const missing = browserMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({
    executablePath: chromiumPath() as string,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
}

/** A fresh tab (its own sessionStorage) that fails the test on any script error in the page. */
export async function openPage(browser: Browser, width = 1400, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return page;
}

/** Signs in the way a developer does: pick the role on the sign-in page, then state the purpose. */
export async function signInAs(page: Page, base: string, role: Role, purpose = "casusoverleg"): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: new RegExp(`\\(${role}\\)`) }).click();
  await page.getByRole("radio", { name: purpose }).check();
  await page.getByRole("button", { name: "Verder" }).click();
  await page.getByRole("navigation").waitFor();
}

/** Starts a tab already signed in with a token of the test issuer (what a tool does through sessionStorage). */
export async function useToken(page: Page, base: string, as: As, purpose = "casusoverleg: test"): Promise<void> {
  const token = await tokenFor(as);
  await page.goto(`${base}/favicon.svg`); // same origin, no app: sessionStorage before the app reads it
  await page.evaluate(([t, p]) => {
    sessionStorage.setItem("behangrol.token", t);
    sessionStorage.setItem("behangrol.purpose", p);
  }, [token, purpose] as const);
}

/** WCAG 2.1 A and AA, and axe's best practices: the violations found, as short lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Keeps what the test saw, for a person to look at (tests/screenshots, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The four development roles' tokens, as npm start hands them out (signed by the test secret). */
export async function developmentTokens(): Promise<Record<Role, string>> {
  return {
    [Role.ADMIN]: await tokenFor({ role: Role.ADMIN, user: "dev-admin" }),
    [Role.COORDINATOR]: await tokenFor({ role: Role.COORDINATOR, user: "pr-regie-2" }),
    [Role.AGENCY_WORKER]: await tokenFor({ role: Role.AGENCY_WORKER, user: "dev-wijkteam", agency: "a-wijkteam" }),
    [Role.ANALYST]: await tokenFor({ role: Role.ANALYST, user: "dev-analyst" }),
  };
}

export interface Workspace { graph: Graph; api: TestApi; browser: Browser }

/**
 * For a browser test file: the real server serving the built app (with the development roles, as
 * npm start offers them), one Chromium, and with `stories` the seed stories and their stored hits.
 * `beforeClose` runs while the database is still open (to remove what the file wrote).
 */
export function workspace(options: { stories?: boolean; env?: Record<string, string>; beforeClose?: (graph: Graph) => Promise<void> } = {}): Workspace {
  const w = {} as Workspace;
  beforeAll(async () => {
    w.graph = testGraph();
    if (options.stories) await loadStoriesAndDetect(w.graph, TODAY, "test");
    w.api = await startApi(w.graph, { WEB_ROOT, ...options.env }, undefined, options.env ? undefined : await developmentTokens());
    w.browser = await launchBrowser();
  });
  afterAll(async () => {
    await w.browser?.close();
    await w.api?.close();
    if (w.graph) await options.beforeClose?.(w.graph);
    await w.graph?.close();
  });
  return w;
}
