import { cypher } from "./cypher";
import type { Graph } from "./gateway";

const EVENTS = cypher("graph/queries/record-marks-events.cypher");
const HELP = cypher("graph/queries/record-marks-help.cypher");

/**
 * Sets right the marks the event and help totals are read from (migration 015: a label per event
 * type, GIVEN_BY beside help's BY), wherever they drifted from the records: every writer keeps them,
 * and a full run calls this, as it recounts the hit counters and sets every household's reach.
 * Returns how many records it mended (none, unless something wrote around the writers).
 */
export async function mendRecordMarks(graph: Graph): Promise<number> {
  const [events] = await graph.writeOnce(EVENTS);
  const [help] = await graph.writeOnce(HELP);
  return ((events?.mended as number | undefined) ?? 0) + ((help?.mended as number | undefined) ?? 0);
}
