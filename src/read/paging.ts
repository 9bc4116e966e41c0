import type { CursorSeal } from "../access/pseudonyms";
import { BadInputError } from "../errors";
import type { Page } from "../model/connection";

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

/**
 * Keyset cursors: the sort key of the last row, stable under inserts, and sealed so that a
 * cursor shows no id (an analyst must not read real ids out of one).
 */
export class Cursors {
  constructor(private readonly seal: CursorSeal) {}

  encode(key: readonly (string | number)[]): string {
    return this.seal.seal(JSON.stringify(key));
  }

  decode(cursor: string | null | undefined, arity: number): (string | number)[] | null {
    if (cursor === null || cursor === undefined) return null;
    const text = this.seal.open(cursor);
    try {
      const key = text === null ? null : (JSON.parse(text) as unknown);
      if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === "string" || typeof k === "number")) return key;
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
export function toPage<T>(rows: T[], limit: number, total: number, key: (row: T) => (string | number)[], cursors: Cursors): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: cursors.encode(key(node)), node }));
  return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
