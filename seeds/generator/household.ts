import { addDays } from "../../src/dates";
import type {
  CoordinatorRecord, EventRecord, HouseholdRecord, InterventionRecord, MembershipRecord, OutcomeRecord, PersonRecord,
} from "../../src/import/dataset";
import { COMPLEX_AMONG_FAMILIES, FOLLOWED_UP, MULTI_SHARE, composition, followUp, needs, spell } from "./calibrated";
import { AGENCIES, NEIGHBOURHOODS, PROFESSIONALS_PER_AGENCY, agencyId, professionalId } from "./municipality";
import type { Random } from "./random";

export interface HouseholdRecords {
  households: HouseholdRecord[];
  persons: PersonRecord[];
  memberships: MembershipRecord[];
  interventions: InterventionRecord[];
  events: EventRecord[];
  outcomes: OutcomeRecord[];
  coordinators: CoordinatorRecord[];
}

/** Everything before this date; generated data never depends on the day it is generated. */
export const ANCHOR = "2025-12-31";
const FIRST_DAY = "2018-01-01";
const SPAN = 2921; // days from FIRST_DAY to ANCHOR

const END_REASONS = [["COMPLETED", 40], ["REFERRED", 15], ["OTHER", 12], ["CLIENT_WITHDREW", 10], ["NO_CONTACT", 8],
  ["RELATIONSHIP_BROKEN", 8], ["MOVED", 5]] as const;
const RESULTS = [["ACHIEVED", 35], ["PARTIAL", 35], ["NOT_ACHIEVED", 30]] as const;
const ZRM = ["FINANCIEN", "WERK_OPLEIDING", "HUISVESTING", "HUISELIJKE_RELATIES", "GEESTELIJKE_GEZONDHEID", "SOCIAAL_NETWERK"];
const SIGNAL_DOMAINS = ["WONEN", "SCHULDHULP", "ONDERWIJS", "GGZ", "JEUGD", "VEILIGHEID", "VERSLAVING", "INKOMEN"];
type Profile = "calm" | "multi" | "complex";

const day = (r: Random, from = FIRST_DAY, span = SPAN): string => addDays(from, r.int(0, span));
const min = (a: string, b: string): string => (a < b ? a : b);

/** calibrated: the population of docs/generator.md; dense: the earlier mix, many hits per household (stress tests, benchmarks). */
export type Mix = "calibrated" | "dense";
const ANCHOR_YEAR = Number(ANCHOR.slice(0, 4));

/** One household with its people and a history whose density depends on a drawn profile. */
export function generateHousehold(r: Random, prefix: string, n: number, mix: Mix = "calibrated"): HouseholdRecords {
  const h = `${prefix}h${n}`;
  const out: HouseholdRecords = {
    households: [], persons: [], memberships: [], interventions: [], events: [], outcomes: [], coordinators: [],
  };
  const { profile, adults } = mix === "dense" ? densePeople(r, h, n, out) : calibratedPeople(r, h, n, out);
  const subject = (): { personId?: string; householdId?: string } =>
    r.chance(0.75) ? { personId: r.pick(out.persons).id } : { householdId: h };
  if (mix === "calibrated" && profile === "calm") calmHistory(r, prefix, h, out, subject);
  else denseHistory(r, prefix, h, out, profile, adults, subject, mix);
  return out;
}

/** The earlier mix: profile first, then people; neighbourhood drawn before the people. */
function densePeople(r: Random, h: string, n: number, out: HouseholdRecords): { profile: Profile; adults: number } {
  const profile = r.weighted<Profile>([["calm", 60], ["multi", 30], ["complex", 10]]);
  out.households.push({ id: h, neighbourhood: r.pick(NEIGHBOURHOODS) });
  const adults = r.chance(0.55) ? 2 : 1;
  const children = r.int(0, profile === "calm" ? 2 : 4);
  const founded = day(r, "2005-01-01", 4000);
  for (let k = 0; k < adults + children; k++) {
    const id = `${h}-p${k}`;
    const adult = k < adults;
    const birthYear = adult ? r.int(1960, 1998) : r.int(2006, 2022);
    out.persons.push({ id, name: `Persoon ${n}-${k}`, birthYear });
    const from = adult ? founded : min(`${Math.max(birthYear, Number(founded.slice(0, 4)))}-${String(r.int(1, 12)).padStart(2, "0")}-01`, ANCHOR);
    const leaves = k === 1 && adult && r.chance(0.25);
    out.memberships.push({
      personId: id, householdId: h, role: adult ? (k === 0 ? "PARENT" : "PARTNER") : "CHILD",
      from: from < founded ? founded : from, to: leaves ? day(r, "2019-01-01", 2500) : null,
    });
  }
  return { profile, adults };
}

/** The calibrated population: who lives together first, then how much help they need. */
function calibratedPeople(r: Random, h: string, n: number, out: HouseholdRecords): { profile: Profile; adults: number } {
  out.households.push({ id: h, neighbourhood: r.pick(NEIGHBOURHOODS) });
  const { kind, members } = composition(r, ANCHOR_YEAR);
  const family = kind === "singleParent" || kind === "twoParents";
  const profile: Profile = family && r.chance(COMPLEX_AMONG_FAMILIES) ? "complex" : r.chance(MULTI_SHARE) ? "multi" : "calm";
  const founded = day(r, "2005-01-01", 4000);
  members.forEach((m, k) => {
    const id = `${h}-p${k}`;
    out.persons.push({ id, name: `Persoon ${n}-${k}`, birthYear: m.birthYear });
    const born = `${m.birthYear}-${String(r.int(1, 12)).padStart(2, "0")}-01`;
    out.memberships.push({
      personId: id, householdId: h, role: m.role, from: m.role === "CHILD" && born > founded ? min(born, ANCHOR) : founded,
      to: m.leaves ? day(r, "2019-01-01", 2500) : null,
    });
  });
  return { profile, adults: members.filter((m) => m.role !== "CHILD").length };
}

/** A calm household: a spell of help where its people need it, and now and then a signal, mostly acted on. */
function calmHistory(r: Random, prefix: string, h: string, out: HouseholdRecords, subject: () => { personId?: string; householdId?: string }): void {
  const members = out.persons.map((p, k) => ({ birthYear: p.birthYear as number, role: out.memberships[k]?.role as "CHILD", leaves: false }));
  for (const [domain, agencies, chance] of needs(members, ANCHOR_YEAR)) {
    if (!r.chance(chance)) continue;
    const key = r.pick(agencies);
    const iv = spell(r, prefix, h, out.interventions.length, key, domain, day(r), ANCHOR, subject());
    out.interventions.push(iv);
    out.events.push({ id: `${h}-e${out.events.length}`, type: "CONTACT", date: iv.start, agencyId: iv.agencyId, ...subject() });
    if (iv.end && r.chance(0.5)) out.outcomes.push({ id: `${h}-o${out.outcomes.length}`, interventionId: iv.id, date: iv.end, result: r.weighted(RESULTS), zrm: {} });
  }
  if (r.chance(0.12)) {
    const [key] = r.pick(AGENCIES);
    const signal: EventRecord = { id: `${h}-e${out.events.length}`, type: "SIGNAL", date: day(r), agencyId: agencyId(prefix, key), ...subject(), domain: r.pick(SIGNAL_DOMAINS), severity: r.int(1, 2) };
    out.events.push(signal);
    const next = followUp(r, prefix, signal, FOLLOWED_UP.calm, ANCHOR);
    if (next) out.events.push(next);
  }
  if (r.chance(0.05)) out.events.push({ id: `${h}-e${out.events.length}`, type: "NO_SHOW", date: day(r), agencyId: agencyId(prefix, r.pick(AGENCIES)[0]), ...subject() });
}

/** The earlier history: many interventions at agencies picked at random, many events (and, calibrated, signals followed up). */
function denseHistory(
  r: Random, prefix: string, h: string, out: HouseholdRecords, profile: Profile, adults: number,
  subject: () => { personId?: string; householdId?: string }, mix: Mix,
): void {
  const interventions = profile === "calm" ? r.int(0, 2) : profile === "multi" ? r.int(3, 7) : r.int(6, 15);
  const agencyPool = profile === "complex" ? AGENCIES : AGENCIES.slice(0, r.int(6, AGENCIES.length));
  for (let k = 0; k < interventions; k++) {
    const [key, , , domains] = r.pick(agencyPool);
    const start = day(r);
    const open = r.chance(0.15);
    const end = open ? null : min(addDays(start, r.int(20, profile === "complex" ? 200 : 700)), ANCHOR);
    const reason = end ? r.weighted(profile === "complex" ? [...END_REASONS, ["CLIENT_WITHDREW", 15], ["RELATIONSHIP_BROKEN", 15]] : END_REASONS) : null;
    const useCode = reason !== null && r.chance(0.15);
    const iv: InterventionRecord = {
      id: `${h}-i${k}`, agencyId: agencyId(prefix, key), professionalId: professionalId(prefix, key, r.int(0, PROFESSIONALS_PER_AGENCY - 1)),
      ...subject(), domain: r.pick(domains), kind: "hulp", start, end,
      ...(useCode ? { endReasonCode: codeFor(reason) } : { endReason: reason }),
    } as InterventionRecord;
    out.interventions.push(iv);
    if (end && r.chance(0.6)) {
      const scores = Object.fromEntries(ZRM.filter(() => r.chance(0.4)).map((z) => [z, r.int(1, profile === "calm" ? 5 : 3)]));
      out.outcomes.push({ id: `${h}-o${k}`, interventionId: iv.id, date: end, result: r.weighted(RESULTS), zrm: scores });
    }
  }

  const events = profile === "calm" ? r.int(0, 3) : profile === "multi" ? r.int(3, 10) : r.int(8, 25);
  for (let k = 0; k < events; k++) {
    const id = `${h}-e${k}`;
    const [key, , , domains] = r.pick(AGENCIES);
    const agency = agencyId(prefix, key);
    const date = day(r);
    const type = r.weighted([["SIGNAL", 30], ["CONTACT", 20], ["NO_SHOW", profile === "complex" ? 20 : 6],
      ["CONTACT_REFUSED", profile === "complex" ? 15 : 4], ["REFERRAL", 10], ["ESCALATION", profile === "complex" ? 12 : 3],
      ["CASE_CONFERENCE", profile === "calm" ? 1 : 6]] as const);
    const base = { id, type, date, agencyId: agency };
    if (type === "SIGNAL") {
      const signal: EventRecord = { ...base, ...subject(), domain: r.pick(SIGNAL_DOMAINS), severity: r.int(1, 3) };
      out.events.push(signal);
      const next = mix === "calibrated" ? followUp(r, prefix, signal, FOLLOWED_UP[profile], ANCHOR) : null;
      if (next) out.events.push(next);
    }
    else if (type === "REFERRAL") {
      const [target, , , targetDomains] = r.pick(AGENCIES);
      out.events.push({ ...base, ...subject(), targetAgencyId: agencyId(prefix, target), domain: r.pick(targetDomains) });
    } else if (type === "CASE_CONFERENCE") {
      const participants = [...new Set([agency, ...Array.from({ length: r.int(1, 4) }, () => agencyId(prefix, r.pick(AGENCIES)[0]))])];
      out.events.push({ ...base, householdId: h, participantAgencyIds: participants });
    } else if (type === "ESCALATION") {
      const person = r.pick(out.persons.slice(0, adults)).id;
      out.events.push({ ...base, personId: person, severity: r.int(1, 3) });
      if (r.chance(0.55)) {
        const late = r.chance(0.3);
        const conceded = min(addDays(date, late ? r.int(31, 120) : r.int(0, 30)), ANCHOR);
        out.events.push({ id: `${id}c`, type: "CONCESSION", date: conceded, agencyId: agency, personId: person,
          ...(late || r.chance(0.5) ? { relatedEventId: id } : {}) });
      }
    } else out.events.push({ ...base, ...subject(), ...(r.chance(0.3) ? { domain: r.pick(domains) } : {}) });
  }

  // some adults in complex households shout at one agency after another (story 2)
  if (profile === "complex" && r.chance(0.35)) {
    const person = out.persons[0]!.id;
    const agencies = [...new Set(Array.from({ length: r.int(2, 7) }, () => r.pick(AGENCIES)[0]))];
    agencies.forEach((key, k) => {
      const id = `${h}-x${k}`;
      const date = day(r);
      out.events.push({ id, type: "ESCALATION", date, agencyId: agencyId(prefix, key), personId: person, severity: r.int(1, 3) });
      if (r.chance(0.8)) {
        const late = r.chance(0.25);
        out.events.push({ id: `${id}c`, type: "CONCESSION", date: min(addDays(date, late ? r.int(25, 90) : r.int(0, 35)), ANCHOR),
          agencyId: agencyId(prefix, key), personId: person, ...(late && r.chance(0.5) ? { relatedEventId: id } : {}) });
      }
    });
  }

  if (profile !== "calm" && r.chance(0.3)) {
    const [key] = r.pick(AGENCIES.slice(0, 3));
    const from = day(r);
    out.coordinators.push({ householdId: h, professionalId: professionalId(prefix, key, r.int(0, 4)), from,
      to: r.chance(0.5) ? null : min(addDays(from, r.int(60, 900)), ANCHOR) });
  }
}

function codeFor(reason: string | null): number {
  return reason === "COMPLETED" ? 31 : reason === "CLIENT_WITHDREW" ? 32 : reason === "RELATIONSHIP_BROKEN" ? 33 : 35;
}
