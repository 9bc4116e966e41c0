import { ConfigError, loadConfig } from "./config";

describe("configuration from the environment", () => {
  it("has working defaults: port 4000 and a local Neo4j", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeUndefined();
  });

  it("uses an existing Neo4j when NEO4J_URI is set, cluster and TLS schemes included", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "x" });
    expect(config.neo4j).toEqual({ uri: "neo4j+s://abc.databases.neo4j.io", user: "neo4j", password: "x", database: undefined });
  });

  it("lists every bad setting at once, saying what it must be", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost:7474", NEO4J_LOCAL_HEAP: "lots" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a whole number from 0 to 65535, got "eighty"/);
    expect(message).toMatch(/NEO4J_URI must start with bolt:\/\/, neo4j:\/\//);
    expect(message).toMatch(/NEO4J_PASSWORD is required when NEO4J_URI is set/);
    expect(message).toMatch(/NEO4J_LOCAL_HEAP must be a size like 512m or 2g, got "lots"/);
  });
});

/** The message of the ConfigError that loading `env` throws. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe("switches", () => {
  it.each([
    ["true", true], ["false", false], ["yes", true], ["no", false], ["1", true], ["0", false], ["No", false], ["YES", true],
  ])("reads SEED_STORIES and PLAYGROUND set to %s as %s, never the opposite", (value, expected) => {
    const config = loadConfig({ SEED_STORIES: value, PLAYGROUND: value });
    expect(config.seedStoriesOnEmpty).toBe(expected);
    expect(config.playground).toBe(expected);
  });

  it("refuses a value that is neither true nor false, instead of guessing", () => {
    expect(refusal({ SEED_STORIES: "nope" })).toMatch(/SEED_STORIES must be true or false \(or 1\/0, yes\/no\), got "nope"/);
    expect(refusal({ PLAYGROUND_TOKENS: "on" })).toMatch(/PLAYGROUND_TOKENS must be true or false .*, got "on"/);
  });

  it("keeps the defaults: stories seeded, playground on except in production, and an empty value counts as unset", () => {
    expect(loadConfig({ SEED_STORIES: "" }).seedStoriesOnEmpty).toBe(true);
    expect(loadConfig({}).playground).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: "s".repeat(32), PSEUDONYM_KEY: "k".repeat(32) }).playground).toBe(false);
  });

  it("never turns development tokens on in production, however they are asked for", () => {
    const production = { NODE_ENV: "production", AUTH_JWT_SECRET: "s".repeat(32), PSEUDONYM_KEY: "k".repeat(32), PLAYGROUND: "yes" };
    expect(refusal({ ...production, PLAYGROUND_TOKENS: "YES" })).toMatch(/PLAYGROUND_TOKENS must be false or unset: development tokens are not allowed with NODE_ENV=production/);
    expect(loadConfig({ ...production, PLAYGROUND_TOKENS: "no" }).playgroundTokens).toBe(false);
  });
});

describe("the time zone", () => {
  it("defaults to Europe/Amsterdam and takes another IANA zone", () => {
    expect(loadConfig({}).timeZone).toBe("Europe/Amsterdam");
    expect(loadConfig({ TZ_BEHANGROL: "America/Curacao" }).timeZone).toBe("America/Curacao");
  });

  it("refuses a zone that does not exist at start, not at the first request", () => {
    expect(refusal({ TZ_BEHANGROL: "Mars/Olympus" })).toMatch(/TZ_BEHANGROL must be an IANA time zone like Europe\/Amsterdam, got "Mars\/Olympus"/);
  });
});

describe("the trusted proxies", () => {
  it("trust nobody's forwarding headers by default", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: " " }).trustProxy).toEqual([]);
  });

  it("take addresses, CIDR ranges and Express's keywords, trimmed", () => {
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,192.0.2.7 , fd00::/8, ::1, linklocal, uniquelocal" }).trustProxy)
      .toEqual(["loopback", "10.0.0.0/8", "192.0.2.7", "fd00::/8", "::1", "linklocal", "uniquelocal"]);
  });

  it("name each entry they refuse", () => {
    const message = refusal({ TRUST_PROXY: "loopback, 10.0.0.0/33, proxy.example, 300.1.1.1, 1, fd00::/129, Loopback" });
    expect(message).toMatch(/TRUST_PROXY must be a comma-separated list of IP addresses, CIDR ranges/);
    for (const bad of ["10.0.0.0/33", "proxy.example", "300.1.1.1", "1", "fd00::/129", "Loopback"]) expect(message).toContain(`"${bad}"`);
    expect(message).not.toContain('"loopback"');
  });
});

describe("one error for the whole configuration", () => {
  it("lists each bad setting on its own line", () => {
    const message = refusal({
      PORT: "-1", LOG_LEVEL: "loud", SEED_STORIES: "no way", TZ_BEHANGROL: "Mars/Olympus", TRUST_PROXY: "everyone",
      REVIEW_NOT_A_CONCERN_SHARE: "1.5", NEO4J_LOCAL_PAGECACHE: "512", AUTH_JWKS_URL: "https://idp.example/jwks", OIDC_ISSUER: "https://idp.example/",
    });
    const lines = message.split("\n").slice(1).map((line) => line.replace(/^ {2}- /, ""));
    expect(lines.map((line) => line.split(" ")[0]).sort()).toEqual([
      "AUTH_AUDIENCE", "AUTH_ISSUER", "LOG_LEVEL", "NEO4J_LOCAL_PAGECACHE", "OIDC_CLIENT_ID", "PORT", "REVIEW_NOT_A_CONCERN_SHARE", "SEED_STORIES",
      "TRUST_PROXY", "TZ_BEHANGROL",
    ]);
    expect(lines).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(lines).toContain('REVIEW_NOT_A_CONCERN_SHARE must be a share from 0 to 1, got "1.5"');
    expect(lines).toContain("AUTH_ISSUER is required when AUTH_JWKS_URL is set");
    expect(lines).toContain("OIDC_CLIENT_ID is required when OIDC_ISSUER is set");
  });

  it("says how long a secret is, never what it is", () => {
    const secrets = { AUTH_JWT_SECRET: "hunter2-jwt-secret", PSEUDONYM_KEY: "hunter2-pseudonym", NEO4J_PASSWORD: "hunter2-password" };
    const message = refusal({ ...secrets, NEO4J_URI: "http://neo4j:hunter2-in-uri@db.example" });
    expect(message).toMatch(/AUTH_JWT_SECRET must be at least 32 characters, got 18/);
    expect(message).toMatch(/PSEUDONYM_KEY must be at least 32 characters, got 17/);
    expect(message).toMatch(/NEO4J_URI must start with bolt:\/\/.*, got "http:\/\/…@db.example"/);
    expect(message).not.toMatch(/hunter2/);
  });

  it("keeps the rules of production, OIDC and the register", () => {
    expect(refusal({ NODE_ENV: "production" })).toMatch(
      /AUTH_JWT_SECRET or AUTH_JWKS_URL is required with NODE_ENV=production\n {2}- PSEUDONYM_KEY is required with NODE_ENV=production/,
    );
    expect(refusal({ AUTH_ISSUER: "https://a.example/", OIDC_ISSUER: "https://b.example/", OIDC_CLIENT_ID: "web" }))
      .toMatch(/OIDC_ISSUER must be the issuer the API trusts \(AUTH_ISSUER "https:\/\/a.example\/"\), got "https:\/\/b.example\/"/);
    expect(loadConfig({ AUTH_ISSUER: "https://a.example/", OIDC_CLIENT_ID: "web" }).oidc).toEqual({ issuer: "https://a.example/", clientId: "web", scope: "openid profile" });
    expect(loadConfig({ REGISTER_ORGANISATION: "  Gemeente Voorbeeld ", REGISTER_CONTACT: "   " }).register).toEqual({ organisation: "Gemeente Voorbeeld" });
  });

  it("reads the Algorithm Register's v1.0 settings, the law links as title|link pairs", () => {
    expect(loadConfig({
      REGISTER_STATUS: "In gebruik", REGISTER_PUBLICATION_CATEGORY: "Impactvolle algoritmes", REGISTER_BEGIN_DATE: "2026-03",
      REGISTER_CONTACT: "https://voorbeeld.nl/contact", REGISTER_IAMA_URL: " https://voorbeeld.nl/iama ",
      REGISTER_LAWFUL_BASIS_LINKS: "Jeugdwet | https://wetten.overheid.nl/BWBR0034925 ; Wmo 2015|https://wetten.overheid.nl/jci1.3:c:BWBR0035362&hoofdstuk=2;",
    }).register).toEqual({
      status: "In gebruik", publicationCategory: "Impactvolle algoritmes", beginDate: "2026-03", contact: "https://voorbeeld.nl/contact",
      iamaUrl: "https://voorbeeld.nl/iama",
      lawfulBasisLinks: [
        { title: "Jeugdwet", link: "https://wetten.overheid.nl/BWBR0034925" },
        { title: "Wmo 2015", link: "https://wetten.overheid.nl/jci1.3:c:BWBR0035362&hoofdstuk=2" },
      ],
    });
  });

  it("refuses a register value the Algorithm Register would not take, naming the setting", () => {
    const message = refusal({
      REGISTER_STATUS: "in gebruik", REGISTER_PUBLICATION_CATEGORY: "Impactvolle algoritmes (Categorie B)", REGISTER_BEGIN_DATE: "2026-3",
      REGISTER_CONTACT: "de afdeling", REGISTER_DPIA_URL: "http://voorbeeld.nl/dpia", REGISTER_WEBSITE: "https://beheer:geheim@voorbeeld.nl/",
      REGISTER_LAWFUL_BASIS_LINKS: "Jeugdwet|https://wetten.overheid.nl/BWBR0034925;Wmo 2015",
    });
    expect(message).toMatch(/REGISTER_STATUS must be one of In ontwikkeling, In gebruik, Buiten gebruik, got "in gebruik"/);
    expect(message).toMatch(/REGISTER_PUBLICATION_CATEGORY must be one of Hoog-risico AI-systeem, Impactvolle algoritmes, Overige algoritmes/);
    expect(message).toMatch(/REGISTER_BEGIN_DATE must be a month written YYYY-MM, like 2026-03, got "2026-3"/);
    expect(message).toMatch(/REGISTER_CONTACT must be an e-mail address or an https:\/\/ address, got "de afdeling"/);
    expect(message).toMatch(/REGISTER_DPIA_URL must be an https:\/\/ address .*, got "http:\/\/voorbeeld.nl\/dpia"/);
    expect(message).toMatch(/REGISTER_WEBSITE must be an https:\/\/ address .*, got "https:\/\/…@voorbeeld.nl\/"/);
    expect(message).not.toMatch(/geheim/);
    expect(message).toMatch(/REGISTER_LAWFUL_BASIS_LINKS must be title\|https:\/\/link pairs separated by ";", got "Wmo 2015" as pair 2/);
  });

  it("keeps the end date empty while the algorithm is in use (v1.0's rule)", () => {
    expect(refusal({ REGISTER_STATUS: "In gebruik", REGISTER_END_DATE: "2027-01" })).toMatch(/REGISTER_END_DATE must stay unset unless REGISTER_STATUS is Buiten gebruik/);
    expect(refusal({ REGISTER_STATUS: "Buiten gebruik", REGISTER_BEGIN_DATE: "2026-03", REGISTER_END_DATE: "2025-12" }))
      .toMatch(/REGISTER_END_DATE must not be before REGISTER_BEGIN_DATE \(2026-03\), got "2025-12"/);
    expect(loadConfig({ REGISTER_STATUS: "Buiten gebruik", REGISTER_BEGIN_DATE: "2026-03", REGISTER_END_DATE: "2027-01" }).register.endDate).toBe("2027-01");
  });
});
