import "reflect-metadata";
import { Role } from "../../src/access/viewer";
import { OPEN_HIT } from "../../src/cases/case-rules";
import { addDays, todayIn } from "../../src/dates";
import { neoDate } from "../../src/graph/convert";
import { cypher } from "../../src/graph/cypher";
import { migrate } from "../../src/graph/migrations";
import { runDetection } from "../../src/hits/run.service";
import { importDeliveries } from "../../src/import/deliveries";
import { generateMunicipality } from "../../seeds/generator/generate";
import { benchApi } from "./api-client";
import { freshStore } from "./fresh-store";
import { writeResultsPart } from "./results-file";
import { ms, percentile, sample, timed } from "./timing";

const CASELOAD = `query($mine: Boolean, $after: String) {
  caseload(mine: $mine, first: 25, after: $after) {
    totalCount pageInfo { endCursor }
    edges { node { priority priorityExplanation(lang: NL) newSince household { id neighbourhood } hits { id kind } case { id status } } } } }`;
const CANDIDATES = cypher("cases/queries/caseload-candidates.cypher");
const FACTS = cypher("cases/queries/caseload-facts.cypher");
const SCOPE = cypher("access/queries/coordinator-scope.cypher");
const BUSIEST = { name: "bench-busiest-coordinator", text: "MATCH (p:Professional)-[c:COORDINATES]->() WHERE c.to IS NULL RETURN p.id AS id, count(c) AS n ORDER BY n DESC, id LIMIT 1" };

/**
 * `npm run bench:caseload [-- HOUSEHOLDS]`: the caseload (issue 22) on a synthetic municipality
 * (default 100,000 households) in a fresh local Neo4j, over HTTP, beside the plain Cypher that reads
 * the same facts. Writes its part of tests/bench/RESULTS.md.
 */
async function main(): Promise<void> {
  const households = Number(process.argv[2] ?? 100_000);
  const { config, graph, line, out, stop } = await freshStore("neo4j-bench-caseload");
  try {
    await migrate(graph);
    const today = todayIn(config.timeZone);
    const [records, importMs] = await timed(() => importDeliveries(graph, generateMunicipality({ households, seed: 1, mix: "dense" }), today));
    const [run, runMs] = await timed(() => runDetection(graph, { today, trigger: "bench", householdIds: null }));
    line(`## The caseload (\`npm run bench:caseload -- ${households}\`, ${today})`);
    line();
    line(`${households.toLocaleString("en")} generated households (seed 1, ${records.toLocaleString("en")} records, imported in ${ms(importMs)}), ` +
      `a full detection run (${run.hits.toLocaleString("en")} stored hits, ${ms(runMs)}); local Neo4j 5.26 (heap 2g, page cache 2g), this 2-core machine.`);
    line("Over HTTP: p50 of 5 after a warm-up; the plain Cypher: the two queries that read the same facts (candidates, then their facts), p50 of 3.");
    line();
    line("| caseload | households in it | first page | tenth page | the plain Cypher |");
    line("| --- | ---: | ---: | ---: | ---: |");
    const params = { open: OPEN_HIT, today: neoDate(today), neighbourhood: null, safetySince: neoDate(addDays(today, -365)) };

    const admin = await benchApi(graph, Role.ADMIN);
    try {
      line(await pages(admin, false, "everyone's (ADMIN, `mine: false`)", async () => {
        const [row] = await graph.read(CANDIDATES, params);
        await graph.read(FACTS, { ...params, ids: row?.ids as string[] });
      }));
    } finally {
      await admin.close();
    }
    const [busiest] = await graph.read(BUSIEST);
    const coordinator = await benchApi(graph, Role.COORDINATOR, busiest?.id as string);
    try {
      line(await pages(coordinator, true, `a coordinator's own (the busiest: ${busiest?.n} households)`, async () => {
        const [row] = await graph.read(SCOPE, { userId: busiest?.id, today: neoDate(today) });
        await graph.read(FACTS, { ...params, ids: row?.households as string[] });
      }));
    } finally {
      await coordinator.close();
    }
    writeResultsPart("caseload", out.join("\n"));
  } finally {
    await stop();
  }
}

/** The first and the tenth page of a caseload over HTTP, then the plain Cypher, as one table row. */
async function pages(api: Awaited<ReturnType<typeof benchApi>>, mine: boolean, label: string, plain: () => Promise<void>): Promise<string> {
  type Answer = { caseload: { totalCount: number; pageInfo: { endCursor: string | null } } };
  const first = await sample(5, () => api.post(CASELOAD, { mine }));
  let after: string | null = null;
  let total = 0;
  for (let p = 0; p < 9 && (p === 0 || after); p++) {
    const page = (await api.post(CASELOAD, { mine, after })) as Answer;
    total = page.caseload.totalCount;
    after = page.caseload.pageInfo.endCursor;
  }
  const tenth = after ? await sample(5, () => api.post(CASELOAD, { mine, after })) : null;
  const plainMs = percentile(await sample(3, plain), 50);
  return `| ${label} | ${total.toLocaleString("en")} | ${ms(percentile(first, 50))} | ${tenth ? ms(percentile(tenth, 50)) : "(fewer pages)"} | ${ms(plainMs)} |`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
