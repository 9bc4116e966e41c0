import fs from "node:fs";
import type { RecordKind } from "../dataset";
import type { WriteRow } from "../rows";
import { DATASET_SCHEMA_PATH } from "../schema-check";
import type { Column, ColumnType, CsvFiles, NodeSpec, RelationshipSpec } from "./csv-files";

/**
 * What the online writer stores (src/import/queries/create-*.cypher and link-related-events),
 * as neo4j-admin's nodes and relationships: the same labels, properties, types and links. A
 * property the rows hold that is not a column here stops the import (csv-files.ts), and
 * tests/import-initial.test.ts compares the two stores node by node.
 */
const col = (name: string, type: ColumnType = "string"): Column => ({ name, type });
const ID = col("id");
const SOURCES = col("sources", "string[]");

/** The ZRM domains an outcome may score, as the delivery schema lists them (each stored as zrm_<DOMAIN>). */
function zrmColumns(): Column[] {
  const schema = JSON.parse(fs.readFileSync(DATASET_SCHEMA_PATH, "utf8")) as {
    properties: { outcomes: { items: { properties: { zrm: { properties: Record<string, unknown> } } } } };
  };
  return Object.keys(schema.properties.outcomes.items.properties.zrm.properties).map((d) => col(`zrm_${d}`, "long"));
}

const node = (label: string, ...columns: Column[]): NodeSpec => ({ label, key: ID, columns: [...columns, SOURCES] });
export const NODES = {
  Agency: node("Agency", col("name"), col("kind"), col("domains", "string[]"), col("agbCode"), col("cbsCode")),
  Professional: node("Professional", col("name"), col("role")),
  Household: node("Household", col("neighbourhood")),
  Person: node("Person", col("name"), col("birthYear", "long")),
  Intervention: node("Intervention", col("domain"), col("kind"), col("start", "date"), col("end", "date"), col("endReason"), col("endReasonCode", "long")),
  // with its type as a second label, as create-events sets it (Event_SIGNAL, …)
  Event: { ...node("Event", col("type"), col("date", "date"), col("domain"), col("description"), col("severity", "long")), extraLabel: (props: Record<string, unknown>) => `Event_${str(props.type)}` },
  Outcome: node("Outcome", col("date", "date"), col("result"), ...zrmColumns()),
  Consent: node("Consent", col("basis"), col("purpose"), col("from", "date"), col("to", "date")),
};

/** The provenance of every delivery (upsert-delivery.cypher): received counts per kind, COMPLETE. */
export const DELIVERY = (kinds: readonly RecordKind[]): NodeSpec => ({
  label: "Delivery", key: col("source"), columns: [col("firstImportedAt", "datetime"), col("status"), ...kinds.map((k) => col(k, "long"))],
});
/** The data version cached results are checked against (upsert-delivery.cypher). */
export const DATA_VERSION: NodeSpec = { label: "DataVersion", key: ID, columns: [col("version", "long")] };

const rel = (type: string, from: string, to: string, ...columns: Column[]): RelationshipSpec => ({ type, from, to, columns });
const DATED = [col("from", "date"), col("to", "date"), SOURCES];
const R = {
  WORKS_AT: rel("WORKS_AT", "Professional", "Agency"),
  MEMBER_OF: rel("MEMBER_OF", "Person", "Household", col("role"), ...DATED),
  COORDINATES: rel("COORDINATES", "Professional", "Household", ...DATED),
  INTERVENTION_BY: rel("BY", "Intervention", "Agency"),
  GIVEN_BY: rel("GIVEN_BY", "Intervention", "Agency"),
  FOR_PERSON: rel("FOR", "Intervention", "Person"),
  FOR_HOUSEHOLD: rel("FOR", "Intervention", "Household"),
  HANDLED_BY: rel("HANDLED_BY", "Intervention", "Professional"),
  EVENT_BY: rel("BY", "Event", "Agency"),
  ABOUT_PERSON: rel("ABOUT", "Event", "Person"),
  ABOUT_HOUSEHOLD: rel("ABOUT", "Event", "Household"),
  TARGETS: rel("TARGETS", "Event", "Agency"),
  PARTICIPANT: rel("PARTICIPANT", "Event", "Agency"),
  RELATES_TO: rel("RELATES_TO", "Event", "Event"),
  OF: rel("OF", "Outcome", "Intervention"),
  CONSENT_FOR: rel("FOR", "Consent", "Household"),
  COVERS: rel("COVERS", "Consent", "Agency"),
};

type Pending = Promise<void> | undefined;
const str = (v: unknown): string => v as string;

/** One record of a delivery (its row as rows.ts makes it) as the nodes and relationships the online writer would create for it. */
export function writeRecord(csv: CsvFiles, kind: RecordKind, row: WriteRow, source: string): Pending[] {
  const props = { ...row.props, sources: [source] };
  const id = str(row.id);
  switch (kind) {
    case "agencies":
      return [csv.node(NODES.Agency, id, props)];
    case "professionals":
      return [csv.node(NODES.Professional, id, props), csv.relationship(R.WORKS_AT, id, str(row.agencyId))];
    case "households":
      return [csv.node(NODES.Household, id, props)];
    case "persons":
      return [csv.node(NODES.Person, id, props)];
    case "memberships":
      return [csv.relationship(R.MEMBER_OF, str(row.personId), str(row.householdId), props)];
    case "coordinators":
      return [csv.relationship(R.COORDINATES, str(row.professionalId), str(row.householdId), props)];
    case "interventions":
      return [
        csv.node(NODES.Intervention, id, props),
        csv.relationship(R.INTERVENTION_BY, id, str(row.agencyId)),
        csv.relationship(R.GIVEN_BY, id, str(row.agencyId)),
        row.personId ? csv.relationship(R.FOR_PERSON, id, str(row.personId)) : csv.relationship(R.FOR_HOUSEHOLD, id, str(row.householdId)),
        row.professionalId ? csv.relationship(R.HANDLED_BY, id, str(row.professionalId)) : undefined,
      ];
    case "events":
      return [
        csv.node(NODES.Event, id, props),
        csv.relationship(R.EVENT_BY, id, str(row.agencyId)),
        row.personId ? csv.relationship(R.ABOUT_PERSON, id, str(row.personId)) : csv.relationship(R.ABOUT_HOUSEHOLD, id, str(row.householdId)),
        row.targetAgencyId ? csv.relationship(R.TARGETS, id, str(row.targetAgencyId)) : undefined,
        ...(row.participantAgencyIds as string[]).map((agency) => csv.relationship(R.PARTICIPANT, id, agency)),
        row.relatedEventId ? csv.relationship(R.RELATES_TO, id, str(row.relatedEventId)) : undefined,
      ];
    case "outcomes":
      return [csv.node(NODES.Outcome, id, props), csv.relationship(R.OF, id, str(row.interventionId))];
    case "consents":
      // MERGE in the online writer: an agency named twice is covered once
      return [
        csv.node(NODES.Consent, id, props),
        csv.relationship(R.CONSENT_FOR, id, str(row.householdId)),
        ...[...new Set(row.agencyIds as string[])].map((agency) => csv.relationship(R.COVERS, id, agency)),
      ];
  }
}
