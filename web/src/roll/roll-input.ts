import type { RollDataFragment } from "../gql/graphql";
import { fill, formatDate, parseDay, type Lang } from "../i18n/texts";
import type { Texts } from "../i18n/nl";
import type { RollInput } from "./layout";

/** A person as this role may see them: a name, or (analysts, agencies) only the id or pseudonym. */
export const personLabel = (p: { id: string; name?: string | null } | null | undefined): string => (p ? p.name ?? p.id : "");

/** A month as a label says it: "mrt 2021". */
const monthOf = (iso: string, lang: Lang) =>
  (parseDay(iso.slice(0, 10)) ?? new Date(NaN)).toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", { month: "short", year: "numeric", timeZone: "UTC" });

/** The API's household as the layout's plain input; labels say what and when (the lane says who). */
export function rollInput(h: RollDataFragment, today: string, t: Texts, lang: Lang): RollInput {
  return {
    today,
    members: h.memberships.map((m) => ({ personId: m.person.id, label: personLabel(m.person), role: m.role, from: m.from, to: m.to ?? null })),
    interventions: h.interventions.map((i) => ({
      id: i.id, agencyId: i.agency.id, agencyName: i.agency.name, domain: i.domain, start: i.start, end: i.end ?? null,
      hidden: i.detailsHidden, label: i.detailsHidden ? fill(t.roll.hidden, { agency: i.agency.name }) : i.kind ?? t.domains[i.domain], when: monthOf(i.start, lang),
      outcomes: i.outcomes.map((o) => ({ date: o.date, result: o.result })),
    })),
    events: h.events.map((e) => ({
      id: e.id, agencyId: e.agency.id, agencyName: e.agency.name, type: e.type, date: e.date, domain: e.domain ?? null,
      relatedEventId: e.relatedEvent?.id ?? null, label: t.eventTypes[e.type], when: monthOf(e.date, lang),
    })),
    coordinators: h.coordinators.map((c) => ({
      id: `coordinator:${c.professional.id}:${c.from}`, label: c.professional.name ?? c.professional.id, from: c.from, to: c.to ?? null,
    })),
  };
}

export interface Coordinator { name: string; agency: string; from: string }

/** Who coordinates the household today (a regisseur whose assignment has begun and not ended). */
export function currentCoordinators(h: RollDataFragment, today: string): Coordinator[] {
  return h.coordinators
    .filter((c) => c.from <= today && (!c.to || c.to > today))
    .map((c) => ({ name: c.professional.name ?? c.professional.id, agency: c.professional.agency.name, from: c.from }));
}

export interface ItemDetails { title: string; lines: string[]; date: string; until: string | null; lane: string; who: string; untilHidden?: boolean }

/** What hover, focus and the table say of each item, as far as the role's data goes. */
export function itemDetails(h: RollDataFragment, t: Texts, lang: Lang): Map<string, ItemDetails> {
  const d = (iso: string | null | undefined) => formatDate(iso, lang);
  const out = new Map<string, ItemDetails>();
  for (const m of h.memberships) {
    out.set(`membership:${m.person.id}:${m.from}`, {
      title: `${personLabel(m.person)} (${t.memberRoles[m.role]})`, date: m.from, until: m.to ?? null, lane: t.roll.members, who: personLabel(m.person),
      lines: [`${t.roll.joined}: ${d(m.from)}`, ...(m.to ? [`${t.roll.left}: ${d(m.to)}`] : []), ...(m.person.birthYear ? [`° ${m.person.birthYear}`] : [])],
    });
  }
  for (const i of h.interventions) {
    const title = i.detailsHidden ? fill(t.roll.hidden, { agency: i.agency.name }) : `${i.kind ?? t.domains[i.domain]} · ${i.agency.name}`;
    out.set(i.id, {
      title, date: i.start, until: i.end ?? null, ...(i.detailsHidden && !i.end ? { untilHidden: true } : {}), lane: i.agency.name, who: [personLabel(i.person), i.professional ? personLabel(i.professional) : ""].filter(Boolean).join(" · "),
      lines: [
        `${t.domains[i.domain]} · ${d(i.start)} – ${i.end ? d(i.end) : i.detailsHidden ? t.roll.endNotVisible : t.roll.running}`,
        ...(i.endReason ? [`${t.roll.endReason}: ${t.endReasons[i.endReason]}`] : []),
        ...i.outcomes.map((o) => `${t.roll.outcome} ${d(o.date)}: ${t.results[o.result]}`),
        ...(i.person ? [personLabel(i.person)] : []),
        ...(i.professional ? [`${personLabel(i.professional)} (${i.agency.name})`] : []),
      ],
    });
  }
  for (const e of h.events) {
    out.set(e.id, {
      title: `${t.eventTypes[e.type]} · ${e.agency.name}`, date: e.date, until: null, lane: e.agency.name, who: personLabel(e.person),
      lines: [
        `${d(e.date)}${e.domain ? ` · ${t.domains[e.domain]}` : ""}`,
        ...(e.severity ? [fill(t.roll.severity, { n: e.severity })] : []),
        ...(e.relatedEvent ? [fill(t.roll.relatedTo, { date: d(e.relatedEvent.date) })] : []),
        ...(e.targetAgency ? [`→ ${e.targetAgency.name}`] : []),
        ...(e.participants.length ? [e.participants.map((p) => p.name).join(", ")] : []),
        ...(e.person ? [personLabel(e.person)] : []),
      ],
    });
  }
  for (const c of h.coordinators) {
    const who = c.professional.name ?? c.professional.id;
    out.set(`coordinator:${c.professional.id}:${c.from}`, {
      title: `${t.roll.coordinators}: ${who}`, date: c.from, until: c.to ?? null, lane: t.roll.coordinators, who,
      lines: [`${d(c.from)} – ${c.to ? d(c.to) : t.roll.running}`, c.professional.agency.name],
    });
  }
  return out;
}
