import type { Context } from "../context";
import { BadInputError } from "../errors";
import { cypher } from "../graph/cypher";
import { pageAsked, toPage, type PageArgs } from "../read/paging";
import { auditEntryOf, type AuditEntry } from "./audit";
import { linkPending } from "./audit-linker";

export interface AuditFilter { personId?: string | null; householdId?: string | null; userId?: string | null; from?: string | null; to?: string | null }

const isoTime = (v: string | null | undefined, name: string): string | null => {
  if (v === null || v === undefined) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new BadInputError(`${name}: not a date-time: ${JSON.stringify(v)}`, name);
  return new Date(t).toISOString();
};

const AUDIT_CURSOR = { list: "auditEvents", key: ["int"] } as const;
/** One user's page first walks this many entries of the trail from the cursor (about 40 ms), then asks the userId index. */
const USER_WALK_BUDGET = 20_000;
/** A period's page (no user, no subject) is in the order of the at index: by moment, then seq. */
const PERIOD_CURSOR = { list: "auditEvents:period", key: ["string", "int"] } as const;
const PAGE = cypher("access/queries/audit-page.cypher");
const PAGE_BEFORE = cypher("access/queries/audit-page-before.cypher");
const PERIOD_PAGE = cypher("access/queries/audit-page-in-period.cypher");
const PERIOD_PAGE_BEFORE = cypher("access/queries/audit-page-in-period-before.cypher");
const USER_PAGE = cypher("access/queries/audit-page-by-user.cypher");
const USER_PAGE_BEFORE = cypher("access/queries/audit-page-by-user-before.cypher");
const SUBJECT_PAGE = cypher("access/queries/audit-page-by-subject.cypher");
const SUBJECT_PAGE_BEFORE = cypher("access/queries/audit-page-by-subject-before.cypher");
const SUBJECT_COUNT = cypher("access/queries/audit-count-by-subject.cypher");
const COUNT_ALL = cypher("access/queries/audit-count-all.cypher");
const COUNT_BY_USER = cypher("access/queries/audit-count-by-user.cypher");
const COUNT_IN_PERIOD = cypher("access/queries/audit-count-in-period.cypher");

/**
 * A page of the audit trail, newest first, without reading the trail whole: a person's or household's
 * entries from its subject node, one user's by the userId index, a period's along the at index, the
 * rest down the seq index from the cursor. The count comes from what is cheap (the count store, the subject's degree) or is asked only
 * when totalCount is selected.
 */
export async function auditPage(ctx: Context, a: AuditFilter, page: PageArgs) {
  if (!a.personId && !a.householdId && !a.userId && (a.from || a.to)) return periodPage(ctx, a, page);
  const asked = pageAsked(page, ctx.cursors, AUDIT_CURSOR);
  const filter = {
    userId: a.userId ?? null, from: isoTime(a.from, "from"), to: isoTime(a.to, "to"),
    cursorSeq: asked.cursor?.[0] ?? null, backward: asked.backward, limit: asked.limit + 1, budget: USER_WALK_BUDGET,
  };
  const entries = (rows: unknown) => (rows as Partial<AuditEntry>[]).map(auditEntryOf);
  const keys = [a.personId ? `Person:${a.personId}` : null, a.householdId ? `Household:${a.householdId}` : null].filter((k): k is string => k !== null);
  if (keys.length) {
    await linkPending(ctx.graph); // entries are linked to their subjects a moment after they are written: all of them first
    const bySubject = { ...filter, key: keys[0], alsoKey: keys[1] ?? null };
    const [row] = asked.backward
      ? await ctx.graph.read(SUBJECT_PAGE_BEFORE, { ...bySubject, cursorSeq: filter.cursorSeq ?? -1 })
      : await ctx.graph.read(SUBJECT_PAGE, { ...bySubject, cursorSeq: filter.cursorSeq ?? Number.MAX_SAFE_INTEGER });
    const count = async () => (await ctx.graph.read(SUBJECT_COUNT, bySubject))[0]?.total as number;
    return toPage(entries(row?.rows), asked, count, (e) => [e.seq], ctx.cursors, AUDIT_CURSOR);
  }
  const [row] = await ctx.graph.read(filter.userId ? (asked.backward ? USER_PAGE_BEFORE : USER_PAGE) : asked.backward ? PAGE_BEFORE : PAGE,
    { ...filter, cursorSeq: filter.cursorSeq ?? (asked.backward ? -1 : Number.MAX_SAFE_INTEGER) });
  const count = async () => (await ctx.graph.read(filter.userId ? COUNT_BY_USER : filter.from || filter.to ? COUNT_IN_PERIOD : COUNT_ALL, filter))[0]?.total as number;
  return toPage(entries(row?.rows), asked, count, (e) => [e.seq], ctx.cursors, AUDIT_CURSOR);
}

/**
 * A period's page, newest first by moment and then seq, walked along the at index from the cursor:
 * walking seq down from the newest entry to a period early in the trail read millions of entries.
 * (Moments follow seq, apart from the clocks of several writers; the cursor keeps both, so nothing
 * is skipped or repeated either way.)
 */
async function periodPage(ctx: Context, a: AuditFilter, page: PageArgs) {
  const asked = pageAsked(page, ctx.cursors, PERIOD_CURSOR);
  const [cursorAt, cursorSeq] = asked.cursor ?? (asked.backward ? ["", -1] : ["9999", Number.MAX_SAFE_INTEGER]);
  const period = { from: isoTime(a.from, "from") ?? "", to: isoTime(a.to, "to") ?? "9999" };
  const [row] = await ctx.graph.read(asked.backward ? PERIOD_PAGE_BEFORE : PERIOD_PAGE, { ...period, cursorAt, cursorSeq, limit: asked.limit + 1 });
  const count = async () => (await ctx.graph.read(COUNT_IN_PERIOD, period))[0]?.total as number;
  return toPage((row?.rows as Partial<AuditEntry>[]).map(auditEntryOf), asked, count, (e) => [e.at, e.seq], ctx.cursors, PERIOD_CURSOR);
}
