/**
 * The pattern definitions of shared/patterns.md, written again in plain TypeScript over the
 * delivered records, independently of the Cypher detectors, so the two can be compared.
 * Returns subject id → score for each detector, with the default parameters.
 */
import type { Dataset, EventRecord, InterventionRecord } from "../../src/import/dataset";

type Kind =
  | "UNCOORDINATED_OVERLAP" | "ESCALATION_CONCESSION" | "CARE_AVOIDANCE" | "MISSED_SIGNAL"
  | "PROFESSIONAL_TURNOVER" | "EFFORT_WITHOUT_RESULT" | "MULTI_DOMAIN_NO_COORDINATOR";

const DAY = 86_400_000;
const t = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const plus = (d: string, days: number): string => iso(t(d) + days * DAY);
const daysBetween = (a: string, b: string): number => Math.round((t(b) - t(a)) / DAY);
function plusYears(d: string, years: number): string {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate(); // clamp 29 Feb to 28 Feb, as Neo4j does
  return `${y + years}-${String(m).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}
const maxD = (a: string, b: string): string => (a > b ? a : b);
const minD = (a: string, b: string): string => (a < b ? a : b);
const reasonOf = (i: InterventionRecord): string | null => {
  if (i.endReason) return i.endReason;
  const c = i.endReasonCode === null || i.endReasonCode === undefined ? null : Number(i.endReasonCode);
  return c === null ? null : c === 31 || c === 34 ? "COMPLETED" : c === 32 ? "CLIENT_WITHDREW" : c === 33 ? "RELATIONSHIP_BROKEN" : "OTHER";
};

export interface Frame { asOf: string; from?: string; to?: string }

export function referenceDetectors(deliveries: Dataset[], frame: Frame): Record<Kind, Map<string, number>> {
  const households = deliveries.flatMap((d) => d.households ?? []);
  const memberships = deliveries.flatMap((d) => d.memberships ?? []);
  const interventions = deliveries.flatMap((d) => d.interventions ?? []);
  const events = deliveries.flatMap((d) => d.events ?? []);
  const outcomes = deliveries.flatMap((d) => d.outcomes ?? []);
  const coordinators = deliveries.flatMap((d) => d.coordinators ?? []);
  const agencyDomains = new Map(deliveries.flatMap((d) => d.agencies ?? []).map((a) => [a.id, a.domains]));

  // "Nothing dated after asOf is seen; only facts inside the window are considered."
  const since = frame.from ?? "0001-01-01";
  const until = frame.to && frame.to < frame.asOf ? frame.to : frame.asOf;
  const cap = frame.to && plus(frame.to, 1) < frame.asOf ? plus(frame.to, 1) : frame.asOf;
  const seen = (d: string): boolean => d >= since && d <= until;

  const membersOf = new Map<string, { personId: string; from: string; to: string | null }[]>();
  for (const m of memberships) {
    const list = membersOf.get(m.householdId) ?? [];
    list.push({ personId: m.personId, from: m.from, to: m.to ?? null });
    membersOf.set(m.householdId, list);
  }
  const memberAt = (h: string, person: string, d: string): boolean =>
    (membersOf.get(h) ?? []).some((m) => m.personId === person && m.from <= d && (m.to === null || d < m.to));
  const onHousehold = (h: string, r: { personId?: string; householdId?: string }, d: string): boolean =>
    r.householdId === h || (!!r.personId && memberAt(h, r.personId, d));

  /** Interventions belonging to h, each cut to its subject's membership and to the frame. */
  const periods = (h: string) => {
    const out: { iv: InterventionRecord; s: string; e: string; started: string | null }[] = [];
    for (const iv of interventions) {
      if (iv.start > until) continue;
      const e0 = !iv.end || iv.end > cap ? cap : iv.end;
      const cuts = iv.householdId === h ? [{ from: iv.start, to: null as string | null }]
        : (membersOf.get(h) ?? []).filter((m) => m.personId === iv.personId && m.from <= until).map((m) => ({ from: maxD(iv.start, m.from), to: m.to }));
      for (const c of cuts) {
        const s = maxD(c.from, since);
        const e = c.to && c.to < e0 ? c.to : e0;
        // "a start counts only where it happens inside the window"
        if (s < e) out.push({ iv, s, e, started: c.from >= since ? c.from : null });
      }
    }
    return out;
  };
  const eventsOf = (h: string, types: string[]): EventRecord[] =>
    events.filter((e) => types.includes(e.type) && seen(e.date) && onHousehold(h, e, e.date));
  const coordinatorsOf = (h: string) => coordinators.filter((c) => c.householdId === h && c.from <= until);

  const result = Object.fromEntries(
    ["UNCOORDINATED_OVERLAP", "ESCALATION_CONCESSION", "CARE_AVOIDANCE", "MISSED_SIGNAL", "PROFESSIONAL_TURNOVER",
      "EFFORT_WITHOUT_RESULT", "MULTI_DOMAIN_NO_COORDINATOR"].map((k) => [k, new Map<string, number>()]),
  ) as Record<Kind, Map<string, number>>;

  for (const { id: h } of households) {
    const ivs = periods(h);
    const meetings = eventsOf(h, ["CASE_CONFERENCE", "REFERRAL"]);
    const coords = coordinatorsOf(h);

    // UNCOORDINATED_OVERLAP: minOverlapDays 30, conferenceLookbackDays 90, minPairs 1
    const pairs = new Set<string>();
    for (const x of ivs) for (const y of ivs) {
      if (!(x.iv.agencyId < y.iv.agencyId)) continue;
      const os = maxD(x.s, y.s);
      const oe = minD(x.e, y.e);
      if (os >= oe || daysBetween(os, oe) < 30) continue;
      const days = daysBetween(os, oe);
      const lookFrom = plus(os, -90);
      const A = x.iv.agencyId;
      const B = y.iv.agencyId;
      const met = meetings.some((c) => c.date >= lookFrom && c.date <= oe && (
        (c.type === "CASE_CONFERENCE" && !!c.participantAgencyIds?.includes(A) && !!c.participantAgencyIds?.includes(B)) ||
        (c.type === "REFERRAL" && ((c.agencyId === A && c.targetAgencyId === B) || (c.agencyId === B && c.targetAgencyId === A)))));
      const covered = coords.reduce((n, c) => {
        const cs = maxD(c.from, os);
        const ce = minD(c.to ?? cap, oe);
        return n + (cs < ce ? daysBetween(cs, ce) : 0);
      }, 0);
      if (!met && covered * 2 < days) pairs.add(`${A}|${B}`);
    }
    if (pairs.size >= 1) result.UNCOORDINATED_OVERLAP.set(h, pairs.size);

    // CARE_AVOIDANCE: windowDays 365, minMarkers 3, minAgencies 2
    const markers = [
      ...eventsOf(h, ["CONTACT_REFUSED", "NO_SHOW"]).map((e) => ({ date: e.date, agency: e.agencyId })),
      ...interventions.filter((i) => (reasonOf(i) === "CLIENT_WITHDREW" || reasonOf(i) === "NO_CONTACT") && i.end && seen(i.end) && onHousehold(h, i, i.end))
        .map((i) => ({ date: i.end as string, agency: i.agencyId })),
    ];
    let densest = 0;
    for (const start of markers) {
      const inWindow = markers.filter((m) => m.date >= start.date && m.date < plus(start.date, 365));
      if (inWindow.length >= 3 && new Set(inWindow.map((m) => m.agency)).size >= 2) densest = Math.max(densest, inWindow.length);
    }
    if (densest) result.CARE_AVOIDANCE.set(h, densest);

    // MISSED_SIGNAL: followUpDays 60, minMissed 1
    let missed = 0;
    for (const sig of eventsOf(h, ["SIGNAL"])) {
      const deadline = plus(sig.date, 60);
      if (deadline > until) continue; // its follow-up period is not wholly seen: not judged
      const helped = ivs.some((x) => x.iv.domain === sig.domain && x.s <= deadline && x.e > sig.date);
      const followed = meetings.some((m) => m.date >= sig.date && m.date <= deadline &&
        (m.type === "CASE_CONFERENCE" || m.domain === sig.domain || !!(m.targetAgencyId && agencyDomains.get(m.targetAgencyId)?.includes(sig.domain as string))));
      if (!helped && !followed) missed++;
    }
    if (missed >= 1) result.MISSED_SIGNAL.set(h, missed);

    // PROFESSIONAL_TURNOVER: windowDays 365, minProfessionals 5, minBroken 2
    const broken = (x: { iv: InterventionRecord }) => (reasonOf(x.iv) === "RELATIONSHIP_BROKEN" && x.iv.end && seen(x.iv.end) ? x.iv.end : null);
    const starts = [...ivs.map((x) => x.started).filter((d): d is string => !!d), ...ivs.map(broken).filter((d): d is string => !!d)];
    let mostProfessionals = 0;
    let qualifies = false;
    for (const ws of starts) {
      const we = plus(ws, 365);
      const profs = new Set(ivs.filter((x) => x.started && x.started >= ws && x.started < we && x.iv.professionalId).map((x) => x.iv.professionalId));
      const brokenIn = new Set(ivs.filter((x) => { const b = broken(x); return !!b && b >= ws && b < we; }).map((x) => x.iv.id)).size;
      mostProfessionals = Math.max(mostProfessionals, profs.size);
      if (profs.size >= 5 || brokenIn >= 2) qualifies = true;
    }
    if (qualifies) result.PROFESSIONAL_TURNOVER.set(h, mostProfessionals);

    // EFFORT_WITHOUT_RESULT: minAgencies 5, minYears 2
    const agencies = new Set(ivs.map((x) => x.iv.agencyId));
    if (ivs.length && agencies.size >= 5) {
      const first = ivs.reduce((d, x) => minD(d, x.s), "9999-12-31");
      const last = ivs.reduce((d, x) => maxD(d, x.e), "0001-01-01");
      const ids = new Set(ivs.map((x) => x.iv.id));
      const achieved = outcomes.some((o) => ids.has(o.interventionId) && seen(o.date) && o.result === "ACHIEVED");
      if (plusYears(first, 2) <= last && !achieved) result.EFFORT_WITHOUT_RESULT.set(h, agencies.size);
    }

    // MULTI_DOMAIN_NO_COORDINATOR: minDomains 3
    let most = 0;
    for (const at of [...ivs.map((x) => x.s), ...coords.filter((c) => c.to).map((c) => c.to as string)]) {
      if (coords.some((c) => c.from <= at && (!c.to || at < c.to))) continue;
      most = Math.max(most, new Set(ivs.filter((x) => x.s <= at && at < x.e).map((x) => x.iv.domain)).size);
    }
    if (most >= 3) result.MULTI_DOMAIN_NO_COORDINATOR.set(h, most);
  }

  // ESCALATION_CONCESSION (per person): windowDays 30, minAgencies 3
  const concessions = events.filter((e) => e.type === "CONCESSION" && e.personId && seen(e.date));
  const pairedAgencies = new Map<string, Set<string>>();
  for (const esc of events.filter((e) => e.type === "ESCALATION" && e.personId && seen(e.date))) {
    const paired = concessions.some((c) => c.personId === esc.personId && c.agencyId === esc.agencyId &&
      (c.relatedEventId === esc.id || (c.date >= esc.date && c.date <= plus(esc.date, 30))));
    if (!paired) continue;
    const set = pairedAgencies.get(esc.personId as string) ?? new Set<string>();
    set.add(esc.agencyId);
    pairedAgencies.set(esc.personId as string, set);
  }
  for (const [person, set] of pairedAgencies) if (set.size >= 3) result.ESCALATION_CONCESSION.set(person, set.size);
  return result;
}
