/** Signing in at the municipality's identity provider: authorization code with PKCE, in a real Chromium. */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import type { Browser } from "playwright-core";
import type { Graph } from "../../src/graph/gateway";
import { startApi, type TestApi } from "../support/api";
import { testGraph } from "../support/graph";
import { launchBrowser, openPage, WEB_ROOT } from "./browser";

/** A small identity provider on loopback: discovery, authorize (answers at once), token (checks PKCE), keys. */
class TestIdentityProvider {
  readonly server = http.createServer((req, res) => void this.handle(req, res));
  issuer = "";
  private key!: KeyLike;
  private jwk!: object;
  private readonly codes = new Map<string, { challenge: string; redirect: string; nonce: string | null }>();
  readonly tokenRequests: { verifierOk: boolean }[] = [];

  async start(): Promise<void> {
    const pair = await generateKeyPair("RS256");
    this.key = pair.privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private sign(claims: Record<string, unknown>, audience: string): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("pr-regie-2").setIssuer(this.issuer)
      .setAudience(audience).setIssuedAt().setExpirationTime("5m").sign(this.key);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader("access-control-allow-origin", "*"); // the app fetches discovery and the token from its own origin
    res.setHeader("access-control-allow-headers", "content-type");
    const url = new URL(req.url ?? "/", this.issuer);
    const json = (body: unknown, status = 200): void => void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.method === "OPTIONS") return void res.writeHead(204).end();
    if (url.pathname === "/.well-known/openid-configuration") {
      return json({
        issuer: this.issuer, authorization_endpoint: `${this.issuer}/authorize`, token_endpoint: `${this.issuer}/token`, jwks_uri: `${this.issuer}/jwks`,
        response_types_supported: ["code"], code_challenge_methods_supported: ["S256"], subject_types_supported: ["public"], id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (url.pathname === "/jwks") return json({ keys: [this.jwk] });
    if (url.pathname === "/authorize") {
      const p = url.searchParams;
      if (p.get("response_type") !== "code" || p.get("code_challenge_method") !== "S256" || !p.get("code_challenge")) return json({ error: "invalid_request" }, 400);
      const code = crypto.randomUUID();
      this.codes.set(code, { challenge: p.get("code_challenge")!, redirect: p.get("redirect_uri")!, nonce: p.get("nonce") });
      return void res.writeHead(302, { location: `${p.get("redirect_uri")}?code=${code}&state=${p.get("state")}` }).end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const grant = this.codes.get(form.get("code") ?? "");
      const verifierOk = !!grant && crypto.createHash("sha256").update(form.get("code_verifier") ?? "").digest("base64url") === grant.challenge;
      this.tokenRequests.push({ verifierOk });
      if (!grant || !verifierOk || form.get("redirect_uri") !== grant.redirect) return json({ error: "invalid_grant" }, 400);
      this.codes.delete(form.get("code")!);
      return json({
        token_type: "Bearer", expires_in: 300, scope: "openid profile",
        access_token: await this.sign({ role: "COORDINATOR", name: "Procesregisseur via IdP" }, "behangrol"),
        id_token: await this.sign({ ...(grant.nonce ? { nonce: grant.nonce } : {}), name: "Procesregisseur via IdP" }, "workspace"),
      });
    }
    json({ error: "not found" }, 404);
  }
}

let idp: TestIdentityProvider;
let graph: Graph;
let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  idp = new TestIdentityProvider();
  await idp.start();
  graph = testGraph();
  api = await startApi(graph, {
    WEB_ROOT, AUTH_JWT_SECRET: "", AUTH_JWKS_URL: `${idp.issuer}/jwks`, AUTH_ISSUER: idp.issuer, AUTH_AUDIENCE: "behangrol", OIDC_CLIENT_ID: "workspace",
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await graph?.close();
  await new Promise((resolve) => idp?.server.close(resolve));
});

describe("signing in at the identity provider", () => {
  it("goes there and back with a PKCE code, and the API accepts the access token it brings", async () => {
    const page = await openPage(browser);
    await page.goto(`${api.url}/reports`);
    const button = page.getByRole("button", { name: /^Inloggen via 127\.0\.0\.1/ });
    await button.click();
    await page.getByRole("heading", { name: "Waarom kijk je?" }).waitFor();
    expect(idp.tokenRequests).toEqual([{ verifierOk: true }]);
    await page.getByRole("button", { name: "Verder" }).click();
    await page.getByText("Procesregisseur via IdP · procesregisseur").waitFor(); // the API's viewer, from the provider's token
    await page.getByRole("heading", { name: "Rapportages" }).waitFor(); // back where the user was going
    const stored = await page.evaluate(() => ({ token: sessionStorage.getItem("behangrol.token"), local: Object.keys(localStorage) }));
    expect(stored.token?.split(".")).toHaveLength(3);
    expect(stored.local.filter((k) => k.startsWith("oidc."))).toEqual([]); // the provider's state stays in sessionStorage too
    await page.context().close();
  });

  it("tells the app which provider and client to use", async () => {
    const options = await (await fetch(`${api.url}/auth/options`)).json();
    expect(options).toEqual({ oidc: { issuer: idp.issuer, clientId: "workspace", scope: "openid profile" }, developmentRoles: [] });
  });
});
