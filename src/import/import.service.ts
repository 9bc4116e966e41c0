import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import type { Dataset, ImportProblem } from "./dataset";
import { checkReferences, idsToLookUp, type StoredIds } from "./references";
import { toRows } from "./rows";
import { checkRules } from "./rules";
import { checkAgainstSchema } from "./schema-check";
import { writeRows, type KindCount, type WriteOptions } from "./writer";

export interface ImportOutcome {
  ok: boolean;
  source: string | undefined;
  errors: ImportProblem[];
  counts: KindCount[];
}

const EXISTING = cypher("import/queries/existing-ids.cypher");

/**
 * Validates a delivery completely (schema, rules, references) and writes it only when there is
 * nothing to report: a delivery with problems writes nothing.
 */
export async function importDataset(
  graph: Graph,
  input: unknown,
  today: string,
  options: WriteOptions = {},
): Promise<ImportOutcome> {
  const source = typeof input === "object" && input && typeof (input as { source?: unknown }).source === "string"
    ? (input as { source: string }).source
    : undefined;
  const fail = (errors: ImportProblem[]): ImportOutcome => ({ ok: false, source, errors, counts: [] });

  const schemaProblems = checkAgainstSchema(input);
  const wellFormed = withoutMalformedRecords(input, schemaProblems);
  if (!wellFormed) return fail(schemaProblems);

  const ruleProblems = checkRules(wellFormed, today);
  const stored = await lookUpStored(graph, wellFormed);
  const problems = [...schemaProblems, ...ruleProblems, ...checkReferences(wellFormed, stored, input as Dataset)];
  if (problems.length) return fail(problems);
  const dataset = input as Dataset;

  const started = Date.now();
  const counts = await writeRows(graph, dataset.source, toRows(dataset), { ...options, stored });
  logger.info(
    { records: counts.reduce((n, c) => n + c.received, 0), created: counts.reduce((n, c) => n + c.created, 0), ms: Date.now() - started },
    "delivery imported",
  );
  return { ok: true, source, errors: [], counts };
}

/**
 * The delivery with each record that failed the schema left out (as a hole, so indices and
 * paths stay true), for the rule and reference checks; undefined when the delivery's own shape
 * is wrong and nothing further can be checked.
 */
function withoutMalformedRecords(input: unknown, problems: ImportProblem[]): Dataset | undefined {
  if (!problems.length) return input as Dataset;
  const bad = new Map<string, Set<number>>();
  for (const p of problems) {
    const m = /^(\w+)\[(\d+)\]/.exec(p.path);
    if (!m) return undefined;
    const set = bad.get(m[1] as string) ?? new Set<number>();
    set.add(Number(m[2]));
    bad.set(m[1] as string, set);
  }
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const [kind, indices] of bad) {
    const records = [...(copy[kind] as unknown[])];
    for (const i of indices) delete records[i];
    copy[kind] = records;
  }
  return copy as unknown as Dataset;
}

async function lookUpStored(graph: Graph, dataset: Dataset): Promise<StoredIds> {
  const [row] = await graph.read(EXISTING, idsToLookUp(dataset));
  const list = <T>(key: string): T[] => (row?.[key] as T[] | undefined) ?? [];
  return {
    agencies: new Set(list<string>("agencies")),
    professionals: new Set(list<string>("professionals")),
    households: new Set(list<string>("households")),
    persons: new Set(list<string>("persons")),
    interventions: new Map(list<{ id: string; start: string }>("interventions").map((r) => [r.id, r.start])),
    events: new Map(list<{ id: string; type: string }>("events").map((r) => [r.id, r.type])),
    outcomes: new Set(list<string>("outcomes")),
    consents: new Set(list<string>("consents")),
  };
}
