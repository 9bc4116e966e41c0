import type {
  ConsentRecord, CoordinatorRecord, EventRecord, ImportProblem, InterventionRecord, MembershipRecord, OutcomeRecord, PersonRecord, RecordKind,
} from "./dataset";

/**
 * What makes a record the same record within one delivery: its id, or (memberships and
 * coordinators, which have none) its pair and `from`. Two records with one key are a problem.
 */
export function keyOf(kind: RecordKind, record: unknown): string | undefined {
  if (typeof record !== "object" || record === null) return undefined; // not a record at all (the schema says so)
  const r = record as Record<string, unknown>;
  if (kind === "memberships") return `${String(r.personId)}\u0000${String(r.householdId)}\u0000${String(r.from)}`;
  if (kind === "coordinators") return `${String(r.householdId)}\u0000${String(r.professionalId)}\u0000${String(r.from)}`;
  return typeof r.id === "string" ? r.id : undefined;
}

export function duplicateProblem(kind: RecordKind, index: number, first: number): ImportProblem {
  const [field, what] = kind === "memberships"
    ? ["", "the same person, household and from"]
    : kind === "coordinators" ? ["", "the same household, professional and from"] : [".id", "this id"];
  return { path: `${kind}[${index}]${field}`, message: `${what} is also used by ${kind}[${first}]` };
}

export function outcomeBeforeStart(index: number, date: string, start: string): ImportProblem {
  return { path: `outcomes[${index}].date`, message: `${date} is before its intervention started (${start})` };
}

/**
 * The plausibility checks JSON Schema cannot express, for one record that passed the schema:
 * dates in order, nothing after the day of import. Checks across records (duplicates, an outcome
 * against its intervention, references) are the delivery check's (delivery-check.ts).
 */
export function checkRecordRules(kind: RecordKind, i: number, record: unknown, today: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  const notAfterToday = (path: string, date: string | null | undefined): void => {
    if (date && date > today) add(path, `${date} is after the day of import (${today}); a delivery records what has happened`);
  };
  const inOrder = (path: string, start: string, end: string | null | undefined, startName: string): void => {
    if (end && end < start) add(path, `${end} is before ${startName} ${start}`);
  };
  const at = `${kind}[${i}]`;
  switch (kind) {
    case "persons": {
      const p = record as PersonRecord;
      if (p.birthYear !== undefined && p.birthYear > Number(today.slice(0, 4))) add(`${at}.birthYear`, `${p.birthYear} is in the future`);
      break;
    }
    case "memberships":
    case "coordinators":
    case "consents": {
      const r = record as MembershipRecord | CoordinatorRecord | ConsentRecord;
      notAfterToday(`${at}.from`, r.from);
      inOrder(`${at}.to`, r.from, r.to, "from");
      break;
    }
    case "interventions": {
      const iv = record as InterventionRecord;
      notAfterToday(`${at}.start`, iv.start);
      inOrder(`${at}.end`, iv.start, iv.end, "start");
      const hasReason = (iv.endReason ?? null) !== null || (iv.endReasonCode ?? null) !== null;
      if (hasReason && !iv.end) add(`${at}.endReason`, "an end reason is given but the intervention has no end date");
      break;
    }
    case "events": {
      const e = record as EventRecord;
      notAfterToday(`${at}.date`, e.date);
      if (e.relatedEventId !== undefined && e.type !== "CONCESSION") {
        add(`${at}.relatedEventId`, "only a CONCESSION points to a related event (the escalation it gave in to)");
      }
      if (e.relatedEventId === e.id) add(`${at}.relatedEventId`, "an event cannot point to itself");
      break;
    }
    case "outcomes":
      notAfterToday(`${at}.date`, (record as OutcomeRecord).date);
      break;
    default:
      break;
  }
  return problems;
}
