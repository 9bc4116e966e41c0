import DataLoader from "dataloader";
import { auditEntryOf, type AuditEntry } from "../access/audit";
import { View, type IdKind } from "../access/policy";
import { Pseudonyms } from "../access/pseudonyms";
import { Role } from "../access/viewer";
import { caseById, casePartById } from "../cases/case-lookup.service";
import type { Context } from "../context";
import { cypher } from "../graph/cypher";
import { liveHitAgain } from "../hits/live-hit";
import type { DetectionRunRecord } from "../hits/records";
import { parseRun } from "../hits/run.service";
import { fromStored } from "../hits/stored.service";
import { householdById, personById, type Asked } from "../read/lookup.service";
import { PATTERN_ROLES, visible } from "../hits/visible.service";
import { parseTypedId, parseTypedIds, type NodeType } from "./typed-id";

/** A found object with the type node(id:) resolves it to. */
export type FoundNode = object & { __typename: NodeType };

type Finder = (ctx: Context, id: string, asked: Asked) => Promise<object | null>;

const RUNS = cypher("hits/queries/runs-by-id.cypher");
const AUDIT_EVENTS = cypher("access/queries/audit-events-by-id.cypher");

/** This request's loaders of runs and audit entries: read only here, after the role is checked. */
const stores = new WeakMap<Context, { run: DataLoader<string, DetectionRunRecord | null>; audit: DataLoader<string, AuditEntry | null> }>();

function store(ctx: Context) {
  let s = stores.get(ctx);
  if (!s) {
    const byId = <T extends { id: string }>(query: typeof RUNS, parse: (row: Record<string, unknown>) => T) => new DataLoader<string, T | null>(async (ids) => {
      const rows = await ctx.graph.read(query, { ids: [...ids] });
      const found = new Map(rows.map((r) => parse(r.row as Record<string, unknown>)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
    s = { run: byId(RUNS, parseRun), audit: byId(AUDIT_EVENTS, (row) => auditEntryOf(row as Partial<AuditEntry>)) };
    stores.set(ctx, s);
  }
  return s;
}

const may = (ctx: Context, roles: Role[]): boolean => roles.includes(ctx.viewer.role);

/** A stored hit (its random id) or a live one (its sealed id), as patternHits shows it to a pattern role. */
async function patternHit(ctx: Context, id: string): Promise<object | null> {
  if (!may(ctx, PATTERN_ROLES)) return null;
  const stored = id.startsWith("live_") ? null : await ctx.loaders.storedHit.load(id);
  const hit = stored ? fromStored(stored) : await liveHitAgain(ctx, id);
  return hit ? ((await visible(ctx, [hit]))[0] ?? null) : null;
}

/**
 * How each type is found: by the path that shows it anyway (household(id:), person(id:), agency(id:),
 * case(id:), patternHits, detectionRuns, auditEvents), or for what is reached through a household by
 * the policy's rule for it. Each gives null where that path shows nothing to this caller.
 */
const FINDERS: Record<NodeType, Finder> = {
  Household: householdById,
  Person: (ctx, id) => personById(ctx, id),
  Agency: (ctx, id) => ctx.loaders.agency.load(id),
  // a pseudonym names a professional as a record seen in analyst form names them (no name); a real id as staff lists show them
  Professional: async (ctx, id) => {
    const internal = ctx.access.internalId("Professional", id);
    const fromAnalystForm = ctx.viewer.role !== Role.ADMIN && Pseudonyms.looksLike(id);
    return internal ? ctx.access.professionalSeenFrom(fromAnalystForm ? View.ANALYST : undefined, internal) : null;
  },
  Intervention: (ctx, id) => ctx.access.recordByShownId("Intervention", id),
  Event: (ctx, id) => ctx.access.recordByShownId("Event", id),
  Outcome: (ctx, id) => ctx.access.recordByShownId("Outcome", id),
  Consent: (ctx, id) => ctx.access.recordByShownId("Consent", id),
  PatternHit: patternHit,
  DetectionRun: async (ctx, id) => (may(ctx, PATTERN_ROLES) ? store(ctx).run.load(id) : null),
  AuditEvent: async (ctx, id) => (may(ctx, [Role.ADMIN]) ? store(ctx).audit.load(id) : null),
  Case: caseById,
  CaseConference: (ctx, id) => casePartById(ctx, "CaseConference", id),
  Plan: (ctx, id) => casePartById(ctx, "Plan", id),
  PlanGoal: (ctx, id) => casePartById(ctx, "PlanGoal", id),
  PlanAction: (ctx, id) => casePartById(ctx, "PlanAction", id),
};

/** Types with pseudonyms: a miss is recorded under the id behind one, as household(id:) records it. */
const PSEUDONYMOUS = ["Professional", "Intervention", "Event", "Outcome", "Consent"] as const satisfies readonly IdKind[];
const pseudonymous = (type: NodeType): type is (typeof PSEUDONYMOUS)[number] => (PSEUDONYMOUS as readonly string[]).includes(type);

async function find(ctx: Context, type: NodeType, id: string, asked: Asked): Promise<FoundNode | null> {
  const found = await FINDERS[type](ctx, id, asked);
  if (found) return { ...found, __typename: type };
  // household(id:) and person(id:) note their own misses; every other miss is noted here, the same way
  if (type !== "Household" && type !== "Person") {
    ctx.access.lookedUpInVain(type, (pseudonymous(type) ? ctx.access.internalId(type, id) : null) ?? id);
  }
  return null;
}

/** What this request looked up already: an id given twice (in nodes, or in aliases) is looked up once (a live hit is a detector run). */
const looked = new WeakMap<Context, Map<string, Promise<FoundNode | null>>>();

function findOnce(ctx: Context, type: NodeType, id: string, asked: Asked): Promise<FoundNode | null> {
  let memo = looked.get(ctx);
  if (!memo) looked.set(ctx, (memo = new Map()));
  const key = `${type}:${id}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = find(ctx, type, id, asked)));
  return found;
}

/** The object a typed id names, as this caller would see it reached the usual way; null where it may not reach it, as where there is none. */
export function findNode(ctx: Context, typedId: string, asked: Asked): Promise<FoundNode | null> {
  const { type, id } = parseTypedId(typedId, "id");
  return findOnce(ctx, type, id, asked);
}

/** The objects typed ids name, in the order given, null for each the caller may not reach; every id is checked before any is looked up. */
export function findNodes(ctx: Context, typedIds: readonly string[], asked: Asked): Promise<(FoundNode | null)[]> {
  return Promise.all(parseTypedIds(typedIds).map(({ type, id }) => findOnce(ctx, type, id, asked)));
}
