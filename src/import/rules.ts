import type { Dataset, ImportProblem } from "./dataset";

/**
 * The checks JSON Schema cannot express: duplicate keys within the delivery and plausibility
 * (dates in order, nothing after the day of import). References are checked in references.ts.
 */
export function checkRules(d: Dataset, today: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });

  const unique = <T>(kind: keyof Dataset, records: T[] | undefined, key: (r: T) => string, field: string, what: string): void => {
    const first = new Map<string, number>();
    records?.forEach((r, i) => {
      const k = key(r);
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else add(`${kind}[${i}]${field}`, `${what} is also used by ${kind}[${j}]`);
    });
  };
  unique("agencies", d.agencies, (r) => r.id, ".id", "this id");
  unique("professionals", d.professionals, (r) => r.id, ".id", "this id");
  unique("households", d.households, (r) => r.id, ".id", "this id");
  unique("persons", d.persons, (r) => r.id, ".id", "this id");
  unique("interventions", d.interventions, (r) => r.id, ".id", "this id");
  unique("events", d.events, (r) => r.id, ".id", "this id");
  unique("outcomes", d.outcomes, (r) => r.id, ".id", "this id");
  unique("consents", d.consents, (r) => r.id, ".id", "this id");
  unique("memberships", d.memberships, (r) => `${r.personId}\u0000${r.householdId}\u0000${r.from}`, "", "the same person, household and from");
  unique("coordinators", d.coordinators, (r) => `${r.householdId}\u0000${r.professionalId}\u0000${r.from}`, "", "the same household, professional and from");

  const notAfterToday = (path: string, date: string | null | undefined): void => {
    if (date && date > today) add(path, `${date} is after the day of import (${today}); a delivery records what has happened`);
  };
  const inOrder = (path: string, start: string, end: string | null | undefined, startName: string): void => {
    if (end && end < start) add(path, `${end} is before ${startName} ${start}`);
  };

  d.persons?.forEach((p, i) => {
    if (p.birthYear !== undefined && p.birthYear > Number(today.slice(0, 4))) add(`persons[${i}].birthYear`, `${p.birthYear} is in the future`);
  });
  d.memberships?.forEach((m, i) => {
    notAfterToday(`memberships[${i}].from`, m.from);
    inOrder(`memberships[${i}].to`, m.from, m.to, "from");
  });
  const starts = new Map<string, string>();
  d.interventions?.forEach((iv, i) => {
    starts.set(iv.id, iv.start);
    notAfterToday(`interventions[${i}].start`, iv.start);
    inOrder(`interventions[${i}].end`, iv.start, iv.end, "start");
    const hasReason = (iv.endReason ?? null) !== null || (iv.endReasonCode ?? null) !== null;
    if (hasReason && !iv.end) add(`interventions[${i}].endReason`, "an end reason is given but the intervention has no end date");
  });
  d.events?.forEach((e, i) => {
    notAfterToday(`events[${i}].date`, e.date);
    if (e.relatedEventId !== undefined && e.type !== "CONCESSION") {
      add(`events[${i}].relatedEventId`, "only a CONCESSION points to a related event (the escalation it gave in to)");
    }
    if (e.relatedEventId === e.id) add(`events[${i}].relatedEventId`, "an event cannot point to itself");
  });
  d.outcomes?.forEach((o, i) => {
    notAfterToday(`outcomes[${i}].date`, o.date);
    const start = starts.get(o.interventionId);
    if (start && o.date < start) add(`outcomes[${i}].date`, `${o.date} is before its intervention started (${start})`);
  });
  d.coordinators?.forEach((c, i) => {
    notAfterToday(`coordinators[${i}].from`, c.from);
    inOrder(`coordinators[${i}].to`, c.from, c.to, "from");
  });
  d.consents?.forEach((c, i) => {
    notAfterToday(`consents[${i}].from`, c.from);
    inOrder(`consents[${i}].to`, c.from, c.to, "from");
  });
  return problems;
}
