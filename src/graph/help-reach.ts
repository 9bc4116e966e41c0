import { cypher } from "./cypher";
import type { Graph, Tx } from "./gateway";

const REFRESH = cypher("graph/queries/help-reach-refresh.cypher");
const PAGE = cypher("read/queries/households-page-all.cypher");
const PENDING = cypher("graph/queries/help-reach-pending.cypher");
const DONE = cypher("graph/queries/help-reach-done.cypher");
/** Households whose reach is set in one transaction. */
const PIECE = 2000;

/**
 * A household's reach, kept as relationships so that two filtered totals are degrees Neo4j keeps
 * instead of a read of every household: REACHED_BY each agency whose help or events are on it or on
 * a member while a member (an agency worker's households), HELPED_IN a HelpDomain for each domain of
 * help on it or on a member while a member (households helped in a domain). Set again from the
 * records for the households a delivery touched (after its write), and for every household by a full
 * detection run (the daily one, and after retention), which mends whatever else made it drift.
 */
export async function refreshReach(graph: Graph, householdIds: readonly string[]): Promise<void> {
  const ids = [...new Set(householdIds)].sort(); // in id order: concurrent deliveries take the households' locks in the same order
  for (let i = 0; i < ids.length; i += PIECE) {
    const piece = ids.slice(i, i + PIECE);
    await graph.write(REFRESH, { ids: piece });
  }
}

/** A few households' reach set again inside a write of their records, committed with it (a case conference's event). */
export async function refreshReachIn(tx: Tx, householdIds: readonly string[]): Promise<void> {
  await tx.run(REFRESH, { ids: [...new Set(householdIds)].sort() });
}

/** Every household's reach set again, in pieces along the id index (then migration 014's request is met); how many households. */
export async function refreshAllReach(graph: Graph): Promise<number> {
  let cursorId = "";
  let done = 0;
  for (;;) {
    const ids = ((await graph.read(PAGE, { cursorId, limit: PIECE }))[0]?.ids as string[] | undefined) ?? [];
    if (!ids.length) {
      await graph.write(DONE);
      return done;
    }
    await graph.write(REFRESH, { ids });
    done += ids.length;
    cursorId = ids[ids.length - 1] as string;
  }
}

/** After the migrations: sets every household's reach once, when migration 014 asked for it (a store from before it, or the offline importer's). */
export async function reachIfPending(graph: Graph): Promise<number> {
  const [row] = await graph.read(PENDING);
  return row?.pending ? refreshAllReach(graph) : 0;
}
