import { registerEnumType } from "type-graphql";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "../access/audit";
import { EVIDENCE_ROLES, type EvidenceRole } from "../detectors/types";
import { DETECTION_TRIGGERS } from "../hits/records";
import { RECORD_KINDS, type RecordKind } from "../import/dataset";

/**
 * The enums of values the API used to give as strings. Each maps its GraphQL name to the value
 * stored (lower case for the audit trail and runs, as written since the start), so nothing stored
 * changes.
 */

registerEnumType(AUDIT_ACTIONS, {
  name: "AuditAction",
  description: "What an access to personal data did (NEN 7513).",
  valuesConfig: {
    READ: { description: "Read data: a query that answered with personal data." },
    SEARCH: { description: "Searched: a list, filter or lookup over several households or persons." },
    CREATE: { description: "Wrote something new: a case, a note, a grant, a triage." },
    UPDATE: { description: "Changed what was there." },
    IMPORT: { description: "Imported a delivery or iJw/iWmo messages." },
    RETENTION: { description: "Removed data past its retention period (npm run retention)." },
  },
});

registerEnumType(AUDIT_OUTCOMES, {
  name: "AuditOutcome",
  description: "How an access ended.",
  valuesConfig: {
    SUCCESS: { description: "Answered." },
    FAILURE: { description: "Refused or failed: nothing was shown or written." },
    NOT_VISIBLE: { description: "Answered, but a lookup by id found nothing the user may see (see `requested`)." },
    STARTED: { description: "A mutation about to write, with the ids its arguments name; its outcome follows in its own entry." },
  },
});

registerEnumType(DETECTION_TRIGGERS, {
  name: "DetectionTrigger",
  description: "What started a detection run.",
  valuesConfig: {
    IMPORT: { description: "A delivery or iJw/iWmo messages were imported: the households they touched, or everyone when an agency changed." },
    API: { description: "An admin's runDetection." },
    CASE: { description: "A recorded case conference: its household." },
    COMMAND: { description: "npm run detect." },
    START: { description: "The server starting." },
    DAILY: { description: "The day's full run the server makes at DETECTION_DAILY_AT (time passing changes hits); one instance a day." },
    SEED: { description: "npm run seed." },
    RETENTION: { description: "npm run retention removed data." },
    OTHER: { description: "Started some other way: a benchmark, a test, a tool of its own." },
  },
});

/** The evidence roles as a GraphQL enum (EVIDENCE_ROLES maps each to its description, not to itself). */
export const EvidenceRoleEnum = Object.fromEntries(Object.keys(EVIDENCE_ROLES).map((role) => [role, role])) as { [R in EvidenceRole]: R };
registerEnumType(EvidenceRoleEnum, {
  name: "EvidenceRole",
  description: "What an evidence item is in its hit.",
  valuesConfig: Object.fromEntries(Object.entries(EVIDENCE_ROLES).map(([role, description]) => [role, { description }])) as Record<EvidenceRole, { description: string }>,
});

const RECORD_WORDS: Record<RecordKind, string> = {
  agencies: "Agencies.", professionals: "Professionals.", households: "Households.", persons: "Persons.", memberships: "Memberships of households.",
  interventions: "Help (interventions).", events: "Events: signals, referrals, contacts, escalations, ...", outcomes: "Measured outcomes of help.",
  coordinators: "Coordinators of households.", consents: "Consents and other legal grounds for sharing.",
};
/** What an import counted: one of the delivery's arrays, or (from messages) the messages themselves. */
export const ImportCountKind = {
  ...(Object.fromEntries(RECORD_KINDS.map((k) => [k.toUpperCase(), k])) as { [K in RecordKind as Uppercase<K>]: K }),
  MESSAGES: "messages", SKIPPED_MESSAGES: "skipped messages",
} as const;
registerEnumType(ImportCountKind, {
  name: "ImportCountKind",
  description: "What an import counted: one of the delivery's arrays (shared/data-format.md), or iJw/iWmo messages.",
  valuesConfig: {
    ...(Object.fromEntries(RECORD_KINDS.map((k) => [k.toUpperCase(), { description: RECORD_WORDS[k] }])) as Record<Uppercase<RecordKind>, { description: string }>),
    MESSAGES: { description: "iJw/iWmo messages read (importMessages): received, and created for those not received before." },
    SKIPPED_MESSAGES: { description: "Messages of types behangrol does not read (return messages, claims): counted and skipped." },
  },
});
