import type {
  ConsentRecord, CoordinatorRecord, EventRecord, InterventionRecord, MembershipRecord, OutcomeRecord,
} from "../read/records";
import { TimelineEntryKind as K, type TimelineEntry } from "./timeline.type";

export interface TimelineFacts {
  memberships: MembershipRecord[];
  interventions: InterventionRecord[];
  events: EventRecord[];
  outcomes: OutcomeRecord[];
  coordinators: CoordinatorRecord[];
  consents: ConsentRecord[];
  agencyName: (id: string) => string;
  /** A coordinator's agency. */
  agencyOfProfessional: (id: string) => string | null;
}

const ORDER = Object.values(K);
const lower = (s: string): string => s.toLowerCase().replace(/_/g, " ");
const memberWord = (role: string): string => (role === "OTHER" ? "member" : lower(role));

/** The wallpaper roll: every fact as dated entries, oldest first, within [from, to] when given. */
export function buildTimeline(f: TimelineFacts, from?: string | null, to?: string | null): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const add = (e: Partial<TimelineEntry> & Pick<TimelineEntry, "date" | "kind" | "summary">): void => {
    out.push({
      domain: null, agencyId: null, personId: null, interventionId: null, eventId: null, outcomeId: null, professionalId: null, ...e,
    });
  };
  for (const m of f.memberships) {
    add({ date: m.from, kind: K.MEMBER_JOINED, personId: m.personId, summary: `A ${memberWord(m.role)} joined the household` });
    if (m.to) add({ date: m.to, kind: K.MEMBER_LEFT, personId: m.personId, summary: `A ${memberWord(m.role)} left the household` });
  }
  for (const c of f.coordinators) {
    const agencyId = f.agencyOfProfessional(c.professionalId);
    const at = agencyId ? ` (${f.agencyName(agencyId)})` : "";
    add({ date: c.from, kind: K.COORDINATOR_ASSIGNED, agencyId, professionalId: c.professionalId, summary: `Coordinator assigned${at}` });
    if (c.to) add({ date: c.to, kind: K.COORDINATOR_ENDED, agencyId, professionalId: c.professionalId, summary: `Coordinator assignment ended${at}` });
  }
  for (const c of f.consents) {
    add({ date: c.from, kind: K.CONSENT_RECORDED, summary: `${lower(c.basis)} recorded for sharing between ${c.agencyIds.length} agencies` });
  }
  for (const i of f.interventions) {
    const who = f.agencyName(i.agencyId);
    const base = { domain: i.domain, agencyId: i.agencyId, personId: i.personId, interventionId: i.id, professionalId: i.professionalId };
    add({ ...base, date: i.start, kind: K.INTERVENTION_STARTED, summary: `${who} started ${i.domain} help` });
    if (i.end) {
      const why = i.endReason ? `: ${lower(i.endReason)}` : "";
      add({ ...base, date: i.end, kind: K.INTERVENTION_ENDED, summary: `${who} ended ${i.domain} help${why}` });
    }
  }
  const interventionById = new Map(f.interventions.map((i) => [i.id, i]));
  for (const o of f.outcomes) {
    const i = interventionById.get(o.interventionId);
    if (!i) continue;
    add({
      date: o.date, kind: K.OUTCOME, domain: i.domain, agencyId: i.agencyId, personId: i.personId, interventionId: i.id, outcomeId: o.id,
      summary: `${f.agencyName(i.agencyId)} recorded an outcome of ${i.domain} help: ${lower(o.result)}`,
    });
  }
  for (const e of f.events) {
    const who = f.agencyName(e.agencyId);
    const inDomain = e.domain ? ` (${e.domain})` : "";
    const target = e.targetAgencyId ? ` to ${f.agencyName(e.targetAgencyId)}` : "";
    const with_ = e.participantAgencyIds.length ? ` with ${e.participantAgencyIds.length} agencies` : "";
    add({
      date: e.date, kind: K.EVENT, domain: e.domain, agencyId: e.agencyId, personId: e.personId, eventId: e.id,
      summary: `${who}: ${lower(e.type)}${inDomain}${target}${with_}`,
    });
  }
  return out
    .filter((e) => (!from || e.date >= from) && (!to || e.date <= to))
    .sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1)
      : a.kind !== b.kind ? ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)
      : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
}

const key = (e: TimelineEntry): string =>
  e.outcomeId ?? e.eventId ?? e.interventionId ?? e.personId ?? e.professionalId ?? e.summary;
