import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { testGraph } from "./support/graph";

/** An organisation's identity provider, played by a JWKS endpoint on loopback. */
let jwks: http.Server;
let privateKey: KeyLike;
let graph: Graph;
let api: TestApi;
const ISSUER = "https://idp.gemeente-voorbeeld.test/";
const AUDIENCE = "behangrol";

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  const key = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  jwks = http.createServer((_req, res) => void res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [key] })));
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  graph = testGraph();
  api = await startApi(graph, {
    AUTH_JWT_SECRET: "", AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
    AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE,
  });
});
afterAll(async () => {
  await api.close();
  await graph.close();
  await new Promise((resolve) => jwks.close(resolve));
});

const token = (claims: { iss?: string; aud?: string; role?: string }) =>
  new SignJWT({ role: claims.role ?? "ANALYST" })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setSubject("idp-user-7")
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);

const ask = async (bearer: string) =>
  api.http({ query: "{ households(first: 1) { totalCount } }" }, { authorization: `Bearer ${bearer}`, "x-purpose": "idp test" });

describe("tokens from the organisation's identity provider (JWKS)", () => {
  it("accepts a token signed with the provider's key for our issuer and audience", async () => {
    const res = await ask(await token({}));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  });

  it("refuses a token for another audience or from another issuer", async () => {
    expect((await ask(await token({ aud: "another-app" }))).status).toBe(401);
    expect((await ask(await token({ iss: "https://elsewhere.test/" }))).status).toBe(401);
  });
});
