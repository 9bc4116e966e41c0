import { RECORD_KINDS, type AgencyRecord, type ImportProblem, type RecordKind } from "./dataset";
import type { DeliveryRecords } from "./records";
import { REF_KINDS, referencesOf, relatedNotAnEscalation, unknownReference, type RefKind, type StoredIds } from "./references";
import { checkRecordRules, duplicateProblem, keyOf, outcomeBeforeStart } from "./rules";
import { checkRecordSchema, checkShell } from "./schema-check";
import { nameByBsn } from "./bsn-names";

/** The ids the import looks up in the database, per kind. */
export type LookupIds = Record<RefKind | "outcomes" | "consents", string[]>;

/** What a delivery touches, for re-detecting its households and for the audit trail. */
export interface DeliveryKeys {
  /** its households and the households its coordinators and consents are for */
  households: string[];
  /** its persons and the persons of its memberships */
  persons: string[];
  interventions: string[];
  events: string[];
  outcomes: string[];
  /** the delivery's own households and its persons and members: what the audit entry of an import names */
  audit: { households: string[]; persons: string[] };
}

const ID_KINDS = [...REF_KINDS, "outcomes", "consents"] as const;

/**
 * A string of its own. The parser cuts values out of large chunks of the file, and V8 keeps a
 * whole chunk alive for as long as any piece of it is kept: the ids kept here would hold the file.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Checks a delivery record by record, as it is read, keeping only ids and the few fields the
 * checks across records need: a delivery far larger than memory can be checked. Every problem is
 * kept, with its path: schema problems, then rules, then references (after the lookup of what is
 * stored). Records that fail the schema are left out of the later checks, but their ids still count
 * as delivered, so one malformed record does not make every record that refers to it a problem too.
 */
export class DeliveryCheck {
  source: string | undefined;
  /** The delivery's outer shape is wrong (not an object, an array that is not one): nothing more can be checked. */
  private broken = false;
  /** problems of the outer object (source, unknown fields), listed first */
  private readonly outer: ImportProblem[] = [];
  private readonly schema: ImportProblem[] = [];
  private readonly rules: ImportProblem[] = [];
  private readonly counts = new Map<RecordKind, number>();
  /** key (id, or pair and from) → index of the first record with it */
  private readonly keys = new Map<RecordKind, Map<string, number>>(RECORD_KINDS.map((k) => [k, new Map()]));
  /** ids referred to that were not delivered before the reference (they may be later, or be stored) */
  private readonly referenced = new Map<RefKind, Set<string>>(REF_KINDS.map((k) => [k, new Set()]));
  private readonly starts = new Map<string, string>();
  private readonly eventTypes = new Map<string, string>();
  private readonly outcomes: [interventionId: string, date: string, index: number][] = [];
  private readonly related: [eventId: string, index: number][] = [];
  private readonly touchedHouseholds = new Set<string>();
  private readonly memberPersons = new Set<string>();
  /** Agencies are few, and whether a delivery changes a stored one decides how much to re-detect. */
  readonly agencies: AgencyRecord[] = [];

  constructor(private readonly today: string) {}

  /** The delivery's outer object, with each array given as `[]` (anything else as it is). */
  shell(shell: unknown): void {
    this.outer.push(...checkShell(shell));
    if (typeof shell !== "object" || shell === null || Array.isArray(shell)) {
      this.broken = true;
      return;
    }
    const top = shell as Record<string, unknown>;
    if (typeof top.source === "string") this.source = top.source;
    if (RECORD_KINDS.some((kind) => top[kind] !== undefined && !Array.isArray(top[kind]))) this.broken = true;
  }

  /** A kind's array given twice (JSON allows it; which one would count is unclear). */
  repeated(kind: RecordKind): void {
    this.outer.push({ path: kind, message: "appears twice in the delivery; give each kind of record once" });
  }

  /**
   * Checks one record; returns it as it is to be written when it passed the schema, else undefined.
   * A person named by BSN comes back named by the id derived from it (bsn-names.ts).
   */
  take(kind: RecordKind, index: number, given: unknown): unknown {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    const named = nameByBsn(kind, index, given);
    if (named.problems.length) {
      this.schema.push(...named.problems);
      return undefined;
    }
    const record = named.record;
    const problems = checkRecordSchema(kind, index, record);
    const keys = this.keys.get(kind) as Map<string, number>;
    const key = keyOf(kind, record);
    if (problems.length) {
      this.schema.push(...problems);
      // a malformed record's id still counts as delivered: its references are not reported again
      if (key !== undefined && kind !== "memberships" && kind !== "coordinators" && !keys.has(key)) keys.set(own(key), index);
      return undefined;
    }
    const first = key === undefined ? undefined : keys.get(key);
    if (first !== undefined) this.rules.push(duplicateProblem(kind, index, first));
    const id = key === undefined || first !== undefined ? key : own(key);
    if (id !== undefined && first === undefined) keys.set(id, index);
    this.rules.push(...checkRecordRules(kind, index, record, this.today));
    for (const ref of referencesOf(kind, index, record)) {
      const referenced = this.referenced.get(ref.kind) as Set<string>;
      if (!this.keys.get(ref.kind)?.has(ref.id) && !referenced.has(ref.id)) referenced.add(own(ref.id));
    }
    this.remember(kind, index, record as Record<string, unknown>, id as string);
    return record;
  }

  /** `id`: the record's key as kept (its own copy). */
  private remember(kind: RecordKind, index: number, r: Record<string, unknown>, id: string): void {
    switch (kind) {
      case "agencies":
        this.agencies.push(r as unknown as AgencyRecord);
        break;
      case "interventions":
        this.starts.set(id, r.start as string);
        break;
      case "events":
        this.eventTypes.set(id, r.type as string);
        if (typeof r.relatedEventId === "string") this.related.push([own(r.relatedEventId), index]);
        break;
      case "outcomes": {
        const start = this.starts.get(r.interventionId as string);
        if (start !== undefined && (r.date as string) < start) this.rules.push(outcomeBeforeStart(index, r.date as string, start));
        // its intervention comes later in the file, or is stored: settled at the end
        if (start === undefined) this.outcomes.push([own(r.interventionId as string), r.date as string, index]);
        break;
      }
      case "memberships":
        if (!this.keys.get("persons")?.has(r.personId as string)) this.memberPersons.add(own(r.personId as string));
        break;
      case "coordinators":
      case "consents":
        this.touchedHouseholds.add(own(r.householdId as string));
        break;
      default:
        break;
    }
  }

  /** Whether the records could be checked at all (the delivery is an object, each kind a list). */
  get shapeIsRight(): boolean {
    return !this.broken;
  }

  count(kind: RecordKind): number {
    return this.counts.get(kind) ?? 0;
  }

  /** The ids the database must settle: every one delivered (stored already: a correction) and every one referred to. */
  lookupIds(): LookupIds {
    const out = {} as LookupIds;
    for (const kind of ID_KINDS) {
      const ids = [...(this.keys.get(kind) as Map<string, number>).keys()];
      const defined = this.keys.get(kind) as Map<string, number>;
      for (const id of kind === "outcomes" || kind === "consents" ? [] : (this.referenced.get(kind) as Set<string>)) {
        if (!defined.has(id)) ids.push(id);
      }
      out[kind] = ids;
    }
    return out;
  }

  /**
   * Every problem, once what is stored is known. References to ids neither delivered nor stored
   * are found from the id sets; only when there are such, the records are read once more to name
   * the fields that hold them.
   */
  async problems(stored: StoredIds, records: DeliveryRecords): Promise<ImportProblem[]> {
    const references: ImportProblem[] = [];
    const unresolved = new Map<RefKind, Set<string>>();
    for (const kind of REF_KINDS) {
      const defined = this.keys.get(kind) as Map<string, number>;
      const missing = [...(this.referenced.get(kind) as Set<string>)].filter((id) => !defined.has(id) && !stored[kind].has(id));
      if (missing.length) unresolved.set(kind, new Set(missing));
    }
    if (unresolved.size) {
      for (const kind of RECORD_KINDS) {
        for await (const batch of records.batches(kind, 1000)) {
          for (const { index, record } of batch) {
            for (const ref of referencesOf(kind, index, record)) if (unresolved.get(ref.kind)?.has(ref.id)) references.push(unknownReference(ref));
          }
        }
      }
    }
    for (const [relatedId, index] of this.related) {
      const type = this.eventTypes.get(relatedId) ?? stored.events.get(relatedId);
      if (type && type !== "ESCALATION") references.push(relatedNotAnEscalation(index, type));
    }
    const rules = [...this.rules];
    for (const [interventionId, date, index] of this.outcomes) {
      const delivered = this.starts.get(interventionId);
      if (delivered !== undefined) {
        if (date < delivered) rules.push(outcomeBeforeStart(index, date, delivered));
        continue;
      }
      const start = stored.interventions.get(interventionId);
      if (start && date < start) references.push(outcomeBeforeStart(index, date, start));
    }
    return [...this.outer, ...this.schema, ...rules, ...references];
  }

  /** The problems of a delivery whose outer shape is wrong: what the schema said of it. */
  shapeProblems(): ImportProblem[] {
    return [...this.outer, ...this.schema];
  }

  keysTouched(): DeliveryKeys {
    const ids = (kind: RecordKind): string[] => [...(this.keys.get(kind) as Map<string, number>).keys()];
    const households = ids("households");
    const persons = ids("persons");
    const everyPerson = [...new Set([...persons, ...this.memberPersons])];
    return {
      households: [...new Set([...households, ...this.touchedHouseholds])],
      persons: everyPerson,
      interventions: ids("interventions"),
      events: ids("events"),
      outcomes: ids("outcomes"),
      audit: { households, persons: everyPerson },
    };
  }
}
