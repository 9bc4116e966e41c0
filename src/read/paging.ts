import type { CursorSeal } from "../access/pseudonyms";
import { isIsoDate } from "../dates";
import { BadInputError } from "../errors";
import type { Page } from "../model/connection";

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

type KeyPart = "string" | "date" | "number" | "int";
/** The list a cursor belongs to (with its order), and the types of its sort key. */
export interface CursorShape { list: string; key: readonly KeyPart[] }

const fits = (part: KeyPart, v: unknown): boolean =>
  part === "number" ? typeof v === "number" && Number.isFinite(v)
    : part === "int" ? Number.isInteger(v)
      : part === "date" ? typeof v === "string" && isIsoDate(v)
        : typeof v === "string";

/**
 * Keyset cursors: the sort key of the last row, stable under inserts, sealed so that a cursor
 * shows no id, and tagged with the list (and order) it was made for, so that a cursor from one
 * list is refused by another instead of reaching the database.
 */
export class Cursors {
  constructor(private readonly seal: CursorSeal) {}

  encode(shape: CursorShape, key: readonly (string | number)[]): string {
    return this.seal.seal(JSON.stringify([shape.list, ...key]));
  }

  decode(cursor: string | null | undefined, shape: CursorShape, arg: "after" | "before" = "after"): (string | number)[] | null {
    if (cursor === null || cursor === undefined) return null;
    const text = this.seal.open(cursor);
    try {
      const parsed = text === null ? null : (JSON.parse(text) as unknown);
      if (Array.isArray(parsed) && parsed[0] === shape.list && parsed.length === shape.key.length + 1) {
        const key = parsed.slice(1) as (string | number)[];
        if (shape.key.every((part, i) => fits(part, key[i]))) return key;
      }
    } catch {
      // fall through to the error below
    }
    throw new BadInputError(`${arg}: not a cursor from this list; pass a cursor you were given by it`, arg);
  }
}

export function pageSize(first: number | null | undefined, arg: "first" | "last" = "first"): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadInputError(`${arg}: must be from 1 to ${MAX_PAGE}, got ${first}`, arg);
  }
  return first;
}

/** Relay's page arguments: `first` items `after` a cursor, or the `last` items `before` one. */
export interface PageArgs { first?: number | null | undefined; after?: string | null | undefined; last?: number | null | undefined; before?: string | null | undefined }

/**
 * A page as asked: how many, which way, and the sort key of the cursor it starts from. Backward
 * (last/before), a list gives its rows nearest the cursor first, `limit + 1` of them, and toPage
 * turns them round.
 */
export interface PageAsked { limit: number; backward: boolean; cursor: (string | number)[] | null }

export function pageAsked(args: PageArgs, cursors: Cursors, shape: CursorShape): PageAsked {
  const given = (v: unknown) => v !== null && v !== undefined;
  if (given(args.first) && given(args.last)) throw new BadInputError("last: ask for first or last, not both", "last");
  if (given(args.after) && given(args.before)) throw new BadInputError("before: ask for items after a cursor or before one, not both", "before");
  if (given(args.last) && given(args.after)) throw new BadInputError("after: goes with first; with last, pass before", "after");
  if (given(args.first) && given(args.before)) throw new BadInputError("before: goes with last; with first, pass after", "before");
  const backward = given(args.last) || given(args.before);
  return backward
    ? { limit: pageSize(args.last, "last"), backward, cursor: cursors.decode(args.before, shape, "before") }
    : { limit: pageSize(args.first), backward, cursor: cursors.decode(args.after, shape) };
}

/** A list's page from rows in its order (held in memory): those after the cursor, or before it nearest first; one more than the page. */
export function pickPage<T>(sorted: readonly T[], asked: PageAsked, compare: (row: T, cursor: (string | number)[]) => number): T[] {
  const { cursor, limit } = asked;
  if (!asked.backward) return (cursor ? sorted.filter((r) => compare(r, cursor) > 0) : [...sorted]).slice(0, limit + 1);
  return (cursor ? sorted.filter((r) => compare(r, cursor) < 0) : [...sorted]).slice(-(limit + 1)).reverse();
}

/** Compares sort keys part by part: strings and numbers ascending (a descending part is compared by the caller with its sign turned). */
export const compareParts = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A page from `limit + 1` rows: the extra row only says there is more in the direction asked.
 * Backward, the rows come nearest the cursor first and are turned round into the list's order.
 * `key` gets a row and its place in `rows`. `total` is a number, or a count asked the first time totalCount is read.
 * `more`, when given, says whether rows lie beyond the page (for rows that are the page's only: see `shownOnly`), and
 * `farKey` is the key of the page's last row as read (nearest the cursor first), the records' or not: where every record
 * of a page turned out hidden, the page's cursors are that row's, so a client paging on moves past it instead of starting again.
 */
export function toPage<T>(
  rows: T[], asked: PageAsked, total: number | (() => Promise<number>), key: (row: T, index: number) => (string | number)[], cursors: Cursors, shape: CursorShape,
  more = rows.length > asked.limit, farKey: (string | number)[] | null = null,
): Page<T> {
  const picked = rows.slice(0, asked.limit).map((node, i) => ({ node, i })); // i: the row's place in `rows`, which `key` may use
  const edges = (asked.backward ? picked.reverse() : picked).map(({ node, i }) => ({ cursor: cursors.encode(shape, key(node, i)), node }));
  const nodes = edges.map((e) => e.node);
  // a page that starts after a cursor has the cursor's row (at least) before it; one that ends before a cursor, after it
  const fromCursor = asked.cursor !== null;
  const past = edges.length === 0 && farKey ? cursors.encode(shape, farKey) : null;
  let counted: Promise<number> | undefined;
  return {
    // a count the list cannot take from the count store is asked only when a client selects totalCount
    get totalCount() {
      if (typeof total === "number") return total;
      counted ??= total();
      return counted;
    },
    edges, nodes,
    pageInfo: {
      hasNextPage: asked.backward ? fromCursor : more, endCursor: edges.at(-1)?.cursor ?? past,
      hasPreviousPage: asked.backward ? more : fromCursor, startCursor: edges[0]?.cursor ?? past,
    },
  };
}

/**
 * The page's own rows of `limit + 1` (the last only says there is more), the last of them (`far`), and whether there is more.
 * A record loaded through a secured loader is recorded in the request's audit entry as shown; the
 * one looked at beyond the page is not shown, so it is not loaded. (A page may then hold fewer
 * than asked where a record in it turned out hidden: hasNextPage still says what lies beyond.)
 */
export function shownOnly<T>(rows: readonly T[], asked: PageAsked): { rows: T[]; far: T | null; more: boolean } {
  const own = rows.slice(0, asked.limit);
  return { rows: own, far: own.at(-1) ?? null, more: rows.length > asked.limit };
}
