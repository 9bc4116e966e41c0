import { cypher } from "../graph/cypher";
import type { Row, Tx } from "../graph/gateway";

/** A stored hit's status change, as the counters see it: from null, a new hit; to null, one removed. */
export interface TallyMove { kind: string; from: string | null; to: string | null }

const MOVES = cypher("hits/queries/tally-moves.cypher");
const RECOUNT = cypher("hits/queries/tally-recount.cypher");

/**
 * Applies the moves a query returned (its `moves` column, or `column`) to the counters per kind and
 * status, in the same transaction: every query that changes a stored hit's status returns its moves
 * and is run through this, so the counters never disagree with the hits they count.
 */
export async function tallied(tx: Tx, rows: Row[], column = "moves"): Promise<Row[]> {
  const moves = rows.flatMap((r) => (r[column] as TallyMove[] | null | undefined) ?? []);
  if (moves.length) await tx.run(MOVES, { moves });
  return rows;
}

/** Sets every counter to what the stored hits say (a full run does this last). */
export async function recountTallies(tx: Tx): Promise<void> {
  await tx.run(RECOUNT);
}
