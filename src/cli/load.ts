/**
 * `npm run load [-- --connections 32 --duration 60]`: bounded load on this machine only. Starts
 * the built API as its own process (on the local Neo4j of `npm start`, attached when it runs, or
 * started), then sends a mix of household dossiers, pattern pages and public lists with N
 * concurrent clients for the given seconds, and reports throughput, p50/p95/p99, errors (must be
 * 0) and the API process's memory before, right after, and after it settled.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { Command, InvalidArgumentError } from "commander";
import { developmentToken, startBuiltApi } from "./built-api";

const whole = (min: number, max: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  return n;
};

interface Options { connections: number; duration: number; settle: number; rounds: number; mix: "mixed" | "dossier" }

const DOSSIER = `query Dossier($id: ID!) { household(id: $id) { id neighbourhood memberships { role from to person { id name birthYear } }
  interventions { id domain kind start end endReason agency { id name } professional { id name } outcomes { date result } }
  events { id type date domain agency { id name } } coordinators { from to professional { id name } } } }`;
const PATTERN_PAGE = `query PatternPage($kind: PatternKind!) { patternHits(kind: $kind, first: 20) { totalCount
  edges { cursor node { id kind score status firstSeen explanation(lang: NL) subject { ... on Household { id neighbourhood } ... on Person { id } } } }
  pageInfo { hasNextPage endCursor } } }`;
const HOUSEHOLDS = `query Households { households(first: 50) { totalCount edges { node { id neighbourhood } } pageInfo { endCursor } } }`;
const AGENCIES = `query Agencies { agencies(first: 100) { totalCount edges { node { id name kind domains } } } }`;
const KINDS = ["UNCOORDINATED_OVERLAP", "ESCALATION_CONCESSION", "CARE_AVOIDANCE", "MISSED_SIGNAL", "PROFESSIONAL_TURNOVER", "EFFORT_WITHOUT_RESULT", "MULTI_DOMAIN_NO_COORDINATOR"];

/** The API process's resident memory, in MiB (Linux). */
function rssMiB(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.replace(/\D+/g, "") ?? 0) / 1024);
}

async function graphql(base: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "load test" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data ?? {};
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const opts = new Command("load")
    .description("Bounded load on 127.0.0.1: dossiers, pattern pages and public lists, N clients for S seconds.")
    .option("--connections <n>", "concurrent clients", whole(1, 256), 32)
    .option("--duration <s>", "seconds of load", whole(1, 3600), 60)
    .option("--settle <s>", "seconds to wait before the last memory reading", whole(0, 600), 15)
    .option("--rounds <n>", "rounds of load, back to back (memory is read after each: it must settle, not grow)", whole(1, 10), 2)
    .option("--mix <mix>", "mixed, or dossier (household dossiers only)", (v) => {
      if (v !== "mixed" && v !== "dossier") throw new InvalidArgumentError("mixed or dossier");
      return v;
    }, "mixed")
    .parse()
    .opts<Options>();
  process.stderr.write("Starting the API (and the local Neo4j if it does not run yet)...\n");
  const { child, base, stop } = await startBuiltApi();
  try {
    const token = await developmentToken(base);
    const page = (await graphql(base, token, `{ households(first: 500) { edges { node { id } } } }`)).households as { edges: { node: { id: string } }[] };
    const ids = page.edges.map((e) => e.node.id);
    if (!ids.length) throw new Error("the database has no households: npm run seed -- --households 10000 first");
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "load test" };
    let n = 0;
    const body = (): string => {
      n++;
      const pick = opts.mix === "dossier" ? 0 : n % 10;
      if (pick < 5) return JSON.stringify({ query: DOSSIER, variables: { id: ids[n % ids.length] } }); // half the load: dossiers
      if (pick < 8) return JSON.stringify({ query: PATTERN_PAGE, variables: { kind: KINDS[n % KINDS.length] } });
      return JSON.stringify({ query: pick === 8 ? HOUSEHOLDS : AGENCIES });
    };
    await new Promise((r) => setTimeout(r, 2000));
    const memory = [rssMiB(child.pid!)];
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let errors = 0;
    let timeouts = 0;
    for (let round = 1; round <= opts.rounds; round++) {
      latencies.length = 0; // the last round is the one reported
      statuses.clear();
      process.stderr.write(`Round ${round}/${opts.rounds}: ${opts.connections} clients for ${opts.duration} s against ${base} (${ids.length} households, ${opts.mix})...\n`);
      let finish!: (r: autocannon.Result) => void;
      let fail!: (e: Error) => void;
      const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
      const instance = autocannon({
        url: `${base}/graphql`, connections: opts.connections, duration: opts.duration,
        requests: [{ method: "POST", headers, setupRequest: (req) => ({ ...req, body: body() }) }],
      }, (error, result) => (error ? fail(error) : finish(result)));
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      });
      const result = await done;
      errors += result.errors;
      timeouts += result.timeouts;
      memory.push(rssMiB(child.pid!));
    }
    await new Promise((r) => setTimeout(r, opts.settle * 1000));
    memory.push(rssMiB(child.pid!));
    latencies.sort((a, b) => a - b);
    const failures = errors + timeouts + [...statuses].filter(([s]) => s !== 200).reduce((sum, [, c]) => sum + c, 0);
    const mix = opts.mix === "dossier" ? "household dossiers only" : "a mix of dossiers (50 %), pattern pages (30 %) and public lists (20 %)";
    const lines = [
      `## Load: ${opts.connections} clients, ${opts.rounds} × ${opts.duration} s, ${mix}`,
      "",
      "| requests (last round) | per second | p50 | p95 | p99 | errors | API memory: start → after each round → settled |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      `| ${latencies.length} | ${(latencies.length / opts.duration).toFixed(0)} | ${percentile(latencies, 50).toFixed(0)} ms | ${percentile(latencies, 95).toFixed(0)} ms | ${percentile(latencies, 99).toFixed(0)} ms | ${failures} | ${memory.join(" → ")} MiB (${opts.settle} s after) |`,
      "",
      `Status codes: ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(", ")}; connection errors ${errors}, timeouts ${timeouts}.`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (failures) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load test failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
