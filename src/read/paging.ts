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

  decode(cursor: string | null | undefined, shape: CursorShape): (string | number)[] | null {
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
    throw new BadInputError("after: not a cursor from this list; pass an endCursor you were given", "after");
  }
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadInputError(`first: must be from 1 to ${MAX_PAGE}, got ${first}`, "first");
  }
  return first;
}

/** A page from `limit + 1` rows: the extra row only says there is a next page. */
export function toPage<T>(
  rows: T[], limit: number, total: number, key: (row: T, index: number) => (string | number)[], cursors: Cursors, shape: CursorShape,
  afterGiven = false,
): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node, i) => ({ cursor: cursors.encode(shape, key(node, i)), node }));
  return {
    totalCount: total, edges, nodes,
    // a page that starts after a cursor has the cursor's row (at least) before it
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage: afterGiven, startCursor: edges[0]?.cursor ?? null },
  };
}
