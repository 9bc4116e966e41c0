import crypto from "node:crypto";
import { cypher } from "./cypher";
import type { Graph } from "./gateway";

const SECRET = cypher("graph/queries/order-secret.cypher");
const SECRET_READ = cypher("graph/queries/order-secret-read.cypher");
const UNKEYED = cypher("graph/queries/households-unkeyed.cypher");
const SET_KEYS = cypher("graph/queries/households-set-order-keys.cypher");
const PIECE = 5000;

/**
 * A household's place in a pseudonymised list: a keyed hash of its id (HMAC-SHA256, 96 bits), stored
 * on the household and indexed, so such a list walks the index from its cursor like a list in id
 * order. Its place says nothing about the real id; the key is the database's own (an OrderSecret
 * node), so every writer makes the same value without sharing the API's pseudonym key.
 */
export type OrderKeyOf = (id: string) => string;

const known = new WeakMap<Graph, Promise<OrderKeyOf>>();

export function householdOrderKeys(graph: Graph): Promise<OrderKeyOf> {
  let keys = known.get(graph);
  if (!keys) {
    keys = (async () => {
      // read, and made only the first time (by the migrations, as a rule): an import then adds no write of its own
      const [stored] = await graph.read(SECRET_READ);
      const secret = (stored?.value as string | null) ?? ((await graph.write(SECRET, { fresh: crypto.randomBytes(32).toString("base64url") }))[0]?.value as string);
      return (id: string) => crypto.createHmac("sha256", secret).update(id).digest().subarray(0, 12).toString("base64url");
    })();
    keys.catch(() => known.delete(graph)); // the database away: ask again next time
    known.set(graph, keys);
  }
  return keys;
}

/** Gives every household without a sort value one (after migrations: households stored before them, or by the offline importer). */
export async function keyUnkeyedHouseholds(graph: Graph): Promise<number> {
  const keyOf = await householdOrderKeys(graph);
  let keyed = 0;
  for (;;) {
    const ids = (await graph.read(UNKEYED, { limit: PIECE })).map((r) => r.id as string);
    if (!ids.length) return keyed;
    const [row] = await graph.write(SET_KEYS, { rows: ids.map((id) => ({ id, key: keyOf(id) })) });
    if (!row?.keyed) return keyed; // none could be given one (no id to find it by): asking again would find the same
    keyed += row.keyed as number;
  }
}
