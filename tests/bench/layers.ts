/**
 * `npm run bench:layers`: behangrol, @neo4j/graphql and plain Cypher side by side, in one run, on
 * the same Neo4j (NEO4J_URI and NEO4J_PASSWORD; the benchmark's 100,000 households). Each system
 * is compared with the one Cypher statement that returns exactly its own data. Household dossier
 * and a list of 50 households with their help, one client (median of 200, measured in turn: see
 * mediansInTurn), and dossiers with 8 and 16 clients (requests per second over 10 s).
 */
import autocannon from "autocannon";
import neo4j from "neo4j-driver";
import { developmentToken, startBuiltApi } from "../../src/cli/built-api";
import { loadConfig } from "../../src/config";
import { cypher } from "../../src/graph/cypher";
import { DOSSIER as GENERATED_DOSSIER, LIST as GENERATED_LIST, startNeo4jGraphQL } from "./neo4j-graphql";
import { postJson } from "./http-post";
import { percentile } from "./timing";
import { appendAudit } from "../../src/access/audit";
import { Graph } from "../../src/graph/gateway";

const BEHANGROL_DOSSIER = `query Dossier($id: ID!) { household(id: $id) { id neighbourhood memberships { role from to person { id name birthYear } }
  interventions { id domain kind start end endReason agency { id name } professional { id name } outcomes { date result } }
  events { id type date domain agency { id name } } coordinators { from to professional { id name } } } }`;
/** What the API's household-lists.cypher is asked for BEHANGROL_DOSSIER (see readAhead and expect in src/read/loaders.ts). */
const DOSSIER_LISTS = ["memberships", "interventions", "events", "coordinators", "intervention-professionals", "intervention-outcomes"];
const BEHANGROL_LIST = `query List { households(first: 50) { totalCount edges { node { id neighbourhood interventions { id domain start end agency { id name } } } } pageInfo { endCursor } } }`;

type Ask = () => Promise<void>;

/**
 * A server just started answers its first thousand or so requests slower (V8 optimises its code as
 * it runs it, and what only that server asks is new to Neo4j): each server gets this many dossiers
 * before anything is timed, as a server in service has had.
 */
const SERVER_WARM_UP = 2000;

/**
 * Medians of several asks, 200 each (after 200 each to warm up), measured in turn: blocks of 50
 * of one ask, then the next, four rounds. A machine that gets busier or quieter meanwhile (another
 * process on its two cores) then weighs on every ask alike, as it did not when each ask's 200
 * came one after the other. Each ask keeps a block to itself, so each audit writer (the API's, the
 * benchmark's) mostly finds the chain's head where it left it (one stale head per block).
 */
async function mediansInTurn<K extends string>(asks: Record<K, Ask>): Promise<Record<K, number>> {
  const names = Object.keys(asks) as K[];
  for (const name of names) for (let i = 0; i < 200; i++) await asks[name]();
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < 4; round++) {
    for (const name of names) {
      for (let i = 0; i < 50; i++) {
        const started = process.hrtime.bigint();
        await asks[name]();
        times.get(name)!.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, percentile(times.get(name)!, 50)])) as Record<K, number>;
}

/** Requests per second with `clients` concurrent loops over `seconds`. */
async function throughput(ask: Ask, clients: number, seconds = 10): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < until) {
      await ask();
      done++;
    }
  }));
  return done / seconds;
}

/** Over HTTP with autocannon (keep-alive, as a browser or gateway would). */
async function httpThroughput(url: string, headers: Record<string, string>, body: () => string, clients: number, seconds = 10): Promise<number> {
  const result = await autocannon({ url, connections: clients, duration: seconds, requests: [{ method: "POST", headers, setupRequest: (r) => ({ ...r, body: body() }) }] });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors from ${url}`);
  return result.requests.average;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j) throw new Error("set NEO4J_URI and NEO4J_PASSWORD to the benchmark's Neo4j (100,000 households)");
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const session = () => driver.session({ defaultAccessMode: neo4j.session.READ });
  const ids = (await driver.executeQuery("MATCH (h:Household) WHERE h.id STARTS WITH 'syn' WITH h SKIP 1000 LIMIT 200 RETURN h.id AS id")).records.map((r) => r.get("id") as string);
  let n = 0;
  const nextId = () => ids[n++ % ids.length]!;

  const { base, stop } = await startBuiltApi(); // behangrol, as npm start runs it
  const generated = await startNeo4jGraphQL();
  try {
    const token = await developmentToken(base);
    const ours = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "benchmark" };
    const theirs = { "content-type": "application/json" };
    const post = (url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Ask => async () => {
      const body = (await postJson(url, headers, JSON.stringify({ query, variables }))).json as { errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`${url}: ${body.errors[0]!.message}`);
    };
    const plain = (file: string, params: () => Record<string, unknown>): Ask => async () => {
      const s = session();
      try {
        await s.executeRead((tx) => tx.run(cypher(file.includes("/") ? file : `../tests/bench/queries/${file}.cypher`).text, params()));
      } finally {
        await s.close();
      }
    };
    // the same audit entry a dossier commits (one household and its members read by an ADMIN), through the same append
    const auditGraph = Graph.connect(config.neo4j.uri, config.neo4j.user, config.neo4j.password, config.neo4j.database, 60_000);
    const audit = async (id: string) => void await appendAudit(auditGraph, {
      action: "read", outcome: "success", userId: "bench", userName: null, role: "ADMIN", purpose: "benchmark", agencyId: null, origin: null,
      operation: "Dossier", households: [id], persons: [`${id}-p0`, `${id}-p1`, `${id}-p2`],
    });
    const write = (file: string): Ask => async () => void await auditGraph.write(cypher(`../tests/bench/queries/${file}.cypher`));
    const readThenAudit = plain("behangrol-dossier", () => ({ id: nextId() }));
    const dossier = {
      behangrol: () => post(`${base}/graphql`, ours, BEHANGROL_DOSSIER, { id: nextId() })(),
      behangrolCypher: plain("behangrol-dossier", () => ({ id: nextId() })),
      // the query the API itself sends for this dossier (household-lists.cypher, with the lists the dossier shows)
      behangrolOwnQuery: plain("read/queries/household-lists.cypher", () => ({ ids: [nextId()], lists: DOSSIER_LISTS })),
      behangrolCypherAudit: async () => {
        const id = nextId();
        await readThenAudit();
        await audit(id);
      },
      generated: () => post(generated.url, theirs, GENERATED_DOSSIER, { id: nextId() })(),
      generatedCypher: plain("neo4j-graphql-dossier", () => ({ id: nextId() })),
    };
    // the entry behangrol commits for the list page (its 50 households and the persons whose help it shows), as the API recorded it
    await post(`${base}/graphql`, ours, BEHANGROL_LIST)();
    const [listed] = await auditGraph.read(cypher("../tests/bench/queries/last-audit-subjects.cypher"), { operation: "List" });
    const listAudit = () => appendAudit(auditGraph, {
      action: "search", outcome: "success", userId: "bench", userName: null, role: "ADMIN", purpose: "benchmark", agencyId: null, origin: null,
      operation: "List", households: listed?.households as string[], persons: listed?.persons as string[],
    });
    const listCypher = plain("behangrol-list", () => ({}));
    const list = {
      behangrol: post(`${base}/graphql`, ours, BEHANGROL_LIST),
      behangrolCypher: listCypher,
      behangrolCypherAudit: async () => {
        await listCypher();
        await listAudit();
      },
      generated: post(generated.url, theirs, GENERATED_LIST),
      generatedCypher: plain("neo4j-graphql-list", () => ({})),
    };
    for (let i = 0; i < SERVER_WARM_UP; i++) {
      await dossier.behangrol();
      await dossier.generated();
    }
    // where a dossier's time goes, measured in turn with the dossiers: what every answer pays (HTTP, GraphQL, token; no read, no audit entry), the audit write alone
    const { typename, auditWrite, auditWriteAgain, commit, ...dossiers } = await mediansInTurn({
      ...dossier,
      typename: post(`${base}/graphql`, ours, "{ __typename }"),
      auditWrite: () => audit(nextId()),
      auditWriteAgain: () => audit(ids[0]!),
      commit: write("commit-probe"),
    });
    const one: Record<string, Record<string, number>> = { dossier: dossiers, list: await mediansInTurn(list) };
    const parts = { typename, auditWrite, auditWriteAgain, commit };
    await write("remove-commit-probe")();
    await auditGraph.close();
    const body = (query: string) => () => JSON.stringify({ query, variables: { id: nextId() } });
    const rates: Record<string, Record<number, number>> = { behangrol: {}, generated: {}, behangrolCypher: {}, generatedCypher: {} };
    for (const clients of [1, 8, 16]) {
      rates.behangrol![clients] = await httpThroughput(`${base}/graphql`, ours, body(BEHANGROL_DOSSIER), clients);
      rates.generated![clients] = await httpThroughput(generated.url, theirs, body(GENERATED_DOSSIER), clients);
      rates.behangrolCypher![clients] = await throughput(dossier.behangrolCypher, clients);
      rates.generatedCypher![clients] = await throughput(dossier.generatedCypher, clients);
    }
    const f = (x: number) => `${x.toFixed(1)} ms`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    const lines = [
      `## Side by side: behangrol, @neo4j/graphql 7.6 and plain Cypher (${new Date().toISOString().slice(0, 10)}, \`npm run bench:layers\`, one run)`,
      "",
      "Each system against the one Cypher statement that returns exactly its own data (behangrol's includes members' help only while",
      "they were members). Behangrol also checks access and commits an audit entry before it answers, which neither plain Cypher nor",
      "@neo4j/graphql (no authorisation) does. Each server is a process of its own with the same Node flags; one client is a",
      `kept-alive connection that parses each answer (median of 200, after ${SERVER_WARM_UP} dossiers to warm each server and 200 of each`,
      "measurement; the measurements of one table taken in turn, 50 at a time); more clients are autocannon's.",
      "",
      "| | dossier, 1 client | vs its Cypher | list of 50 with help | vs its Cypher | dossiers/s, 1 client | 8 clients | 16 clients | 16 ÷ 1 |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| behangrol | ${f(one.dossier!.behangrol!)} | ${ratio(one.dossier!.behangrol!, one.dossier!.behangrolCypher!)} | ${f(one.list!.behangrol!)} | ${ratio(one.list!.behangrol!, one.list!.behangrolCypher!)} | ${rates.behangrol![1]!.toFixed(0)} | ${rates.behangrol![8]!.toFixed(0)} | ${rates.behangrol![16]!.toFixed(0)} | ${ratio(rates.behangrol![16]!, rates.behangrol![1]!)} |`,
      `| its plain Cypher | ${f(one.dossier!.behangrolCypher!)} | | ${f(one.list!.behangrolCypher!)} | | ${rates.behangrolCypher![1]!.toFixed(0)} | ${rates.behangrolCypher![8]!.toFixed(0)} | ${rates.behangrolCypher![16]!.toFixed(0)} | |`,
      `| its plain Cypher + the audit entry's committed write | ${f(one.dossier!.behangrolCypherAudit!)} | behangrol ${ratio(one.dossier!.behangrol!, one.dossier!.behangrolCypherAudit!)} of it | ${f(one.list!.behangrolCypherAudit!)} | behangrol ${ratio(one.list!.behangrol!, one.list!.behangrolCypherAudit!)} of it | | | | |`,
      `| @neo4j/graphql | ${f(one.dossier!.generated!)} | ${ratio(one.dossier!.generated!, one.dossier!.generatedCypher!)} | ${f(one.list!.generated!)} | ${ratio(one.list!.generated!, one.list!.generatedCypher!)} | ${rates.generated![1]!.toFixed(0)} | ${rates.generated![8]!.toFixed(0)} | ${rates.generated![16]!.toFixed(0)} | ${ratio(rates.generated![16]!, rates.generated![1]!)} |`,
      `| its plain Cypher | ${f(one.dossier!.generatedCypher!)} | | ${f(one.list!.generatedCypher!)} | | ${rates.generatedCypher![1]!.toFixed(0)} | ${rates.generatedCypher![8]!.toFixed(0)} | ${rates.generatedCypher![16]!.toFixed(0)} | |`,
      "",
      `Where behangrol's dossier goes (${f(one.dossier!.behangrol!)}): \`{ __typename }\` over HTTP (token, GraphQL, no read, no audit entry) ${f(parts.typename)};`,
      `the plain read ${f(one.dossier!.behangrolCypher!)}; the audit entry's append alone (chain head locked, entry written, committed) ${f(parts.auditWrite)}`,
      `(${f(parts.auditWriteAgain)} for one household over and over: the same pages, so not cold pages; the smallest committed write, one property of one node, ${f(parts.commit)}: the commit itself);`,
      `the rest, ${f(one.dossier!.behangrol! - parts.typename - one.dossier!.behangrolCypher! - parts.auditWrite)}, is access checks, resolvers and the answer.`,
      `The query behangrol sends for it (household-lists.cypher: full records, ordered, for the loaders) takes ${f(one.dossier!.behangrolOwnQuery!)};`,
      `read and audit entry one after the other (the row above) ${f(one.dossier!.behangrolCypherAudit!)}, so what behangrol adds to that is ${f(one.dossier!.behangrol! - one.dossier!.behangrolCypherAudit!)}, \`{ __typename }\` included.`,
      `The list page's own floor: its plain Cypher ${f(one.list!.behangrolCypher!)}, then the same audit entry behangrol commits for it (${(listed?.households as string[]).length} households,`,
      `${(listed?.persons as string[]).length} persons) ${f(one.list!.behangrolCypherAudit!)} together, and \`{ __typename }\` ${f(parts.typename)}: ${f(one.list!.behangrolCypherAudit! + parts.typename)}, ${ratio(one.list!.behangrolCypherAudit! + parts.typename, one.list!.behangrolCypher!)} its plain Cypher before any`,
      `access check, resolver or answer (goal ≤ 2×); behangrol ${f(one.list!.behangrol!)}.`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await generated.stop();
    await stop();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`layers bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
