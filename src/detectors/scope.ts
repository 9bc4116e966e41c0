import { compact, type CypherQuery } from "../graph/cypher";

/**
 * A detector's query runs over the whole population; for some households (after a delivery) the
 * same query starts instead from those households by index seek, because `$householdIds IS NULL OR
 * h.id IN $householdIds` cannot use the index and scans every household. The swap is of fixed text
 * for fixed text (no value is ever put into a query); a query whose anchor is not exactly one of
 * these fails at once, so a detector edited out of shape is caught by the first test that runs it.
 */
const ANCHORS: [population: string, scoped: string][] = ([
  [
    "MATCH (h:Household)\nWHERE $householdIds IS NULL OR h.id IN $householdIds\n",
    "UNWIND $householdIds AS householdId\nWITH DISTINCT householdId\nMATCH (h:Household {id: householdId})\n",
  ],
  [
    "MATCH (esc:Event {type: 'ESCALATION'})\nWHERE esc.date >= $since AND esc.date <= $until\n" +
      "MATCH (esc)-[:ABOUT]->(p:Person), (esc)-[:BY]->(a:Agency)\n" +
      "WHERE $householdIds IS NULL OR EXISTS { MATCH (p)-[:MEMBER_OF]->(mh:Household) WHERE mh.id IN $householdIds }\n",
    "UNWIND $householdIds AS householdId\nMATCH (:Household {id: householdId})<-[:MEMBER_OF]-(p:Person)\nWITH DISTINCT p\n" +
      "MATCH (p)<-[:ABOUT]-(esc)-[:BY]->(a:Agency)\nWHERE esc.type = 'ESCALATION' AND esc.date >= $since AND esc.date <= $until\n",
  ],
] as const).map(([population, scoped]) => [`${compact(population)} `, `${compact(scoped)} `]); // as the query's text comes: compacted

const scopedQueries = new Map<string, CypherQuery>();

/** The query started from `$householdIds` (a list) instead of from every household. */
export function scopedToHouseholds(query: CypherQuery): CypherQuery {
  const known = scopedQueries.get(query.name);
  if (known) return known;
  const anchor = ANCHORS.find(([population]) => query.text.includes(population));
  if (!anchor) throw new Error(`${query.name}: its first MATCH is not a known population anchor (see detectors/scope.ts)`);
  const scoped = { name: `${query.name}-scoped`, text: query.text.replace(anchor[0], anchor[1]) };
  scopedQueries.set(query.name, scoped);
  return scoped;
}
