import crypto from "node:crypto";
import DataLoader from "dataloader";
import type { Context } from "../context";
import { cypher, type CypherQuery } from "../graph/cypher";
import { caseRow, type CaseRecord } from "./records";

const BY_ID = cypher("cases/queries/cases-by-id.cypher");
const OPEN_OF = cypher("cases/queries/open-cases-of-households.cypher");
const OF_PARTS = cypher("cases/queries/cases-of-parts.cypher");

interface Store {
  byId: DataLoader<string, CaseRecord | null>;
  openOf: DataLoader<string, string | null>;
  /** The case a conference, plan, plan goal or plan action belongs to, by the part's id. */
  ofPart: DataLoader<string, string | null>;
}
const stores = new WeakMap<Context, Store>();

/** This request's case loaders (kept with its context: one caller's cache never serves another). */
export function caseStore(ctx: Context): Store {
  let store = stores.get(ctx);
  if (!store) {
    store = {
      byId: new DataLoader(async (ids) => {
        const rows = await ctx.graph.read(BY_ID, { ids: [...ids] });
        const byKey = new Map(rows.map((r) => [r.key as string, caseRow.parse(r.row)]));
        return ids.map((id) => byKey.get(id) ?? null);
      }),
      openOf: caseIdBy(ctx, OPEN_OF),
      ofPart: caseIdBy(ctx, OF_PARTS),
    };
    stores.set(ctx, store);
  }
  return store;
}

/** A case id per key, for a DataLoader batch; the query returns `key` and `caseId`. */
function caseIdBy(ctx: Context, query: CypherQuery): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const rows = await ctx.graph.read(query, { ids: [...ids] });
    const byKey = new Map(rows.map((r) => [r.key as string, r.caseId as string]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** A case as it is now, read again after a write. */
export async function freshCase(ctx: Context, id: string): Promise<CaseRecord | null> {
  const store = caseStore(ctx);
  store.byId.clear(id);
  return store.byId.load(id);
}

export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
