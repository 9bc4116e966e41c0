/**
 * The roll's layout as a pure function: the household's history in, lanes, bars, markers, links
 * and ticks out, each with its place in pixels and the ids it stands for. No React, no DOM: the
 * components only draw what this returns, and tests/web/roll-layout.test.ts checks it.
 */
import { scaleTime } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcParse } from "d3-time-format";

export interface RollInput {
  today: string;
  members: { personId: string; label: string; role: string; from: string; to: string | null }[];
  interventions: {
    id: string; agencyId: string; agencyName: string; domain: string; start: string; end: string | null;
    hidden: boolean; label: string; outcomes: { date: string; result: string }[];
    /** When, in short ("mrt 2021"): added to the label where there is room. */
    when?: string;
  }[];
  events: { id: string; agencyId: string; agencyName: string; type: string; date: string; domain: string | null; relatedEventId: string | null; label: string; when?: string }[];
  coordinators: { id: string; label: string; from: string; to: string | null }[];
  /** The household's plan (a case's agreed actions), drawn in a lane of its own when there is one. */
  plan?: PlanAction[];
}
export interface PlanAction { id: string; due: string; label: string; done: boolean; owner: string | null }

export interface RollFrame {
  from: Date;
  to: Date;
  /** Pixels from the first day to the last (the label column comes on top). */
  width: number;
  /** Domain groups folded to one line. */
  collapsed: ReadonlySet<string>;
  /** Short marks put before an item's label (print: "[2]" for the evidence of pattern 2). */
  marks?: ReadonlyMap<string, string>;
  /** Where the strip is cut into sheets (pixels from the first day): no label runs over a cut. */
  cuts?: number[];
}

export type LaneKind = "members" | "coordinators" | "plan" | "group" | "agency";
export interface Lane { key: string; kind: LaneKind; label: string; group: string | null; y: number; height: number; count?: number }
export interface Bar {
  id: string; kind: "intervention" | "membership" | "coordinator"; lane: string; x: number; width: number; y: number; height: number;
  domain: string | null; hidden: boolean; running: boolean; ended: boolean; outcomes: { x: number; result: string }[]; personId?: string;
  /** Another agency's help whose end this role may not see: drawn as a short start, never as running up to today. */
  endUnknown?: boolean;
}
export interface Marker { id: string; type: string; lane: string; x: number; y: number; domain: string | null }
export interface Link { id: string; from: string; to: string; x1: number; y1: number; x2: number; y2: number }
export interface Tick { x: number; date: Date; major: boolean }
/** A word beside (or inside) a bar or marker: placed only where it fits and covers nothing. */
export interface Label { id: string; x: number; y: number; text: string; inside: boolean }
export interface RollLayout {
  labelWidth: number; width: number; height: number; axisHeight: number; lanes: Lane[]; bars: Bar[]; markers: Marker[]; links: Link[]; ticks: Tick[];
  labels: Label[];
  /** Where today is, when it is in the period shown. */
  today: number | null;
}

export const LABEL_WIDTH = 210;
export const AXIS_HEIGHT = 34;
const ROW = 16;
const BAR = 11;
const PAD = 5;
const GROUP = 24;
const MARKER = 14;
/** Width of one character of a 10 px label, on the safe side. */
export const CHAR = 6;
/** How far (in pixels) help whose end is not visible is drawn: enough to see where it started. */
const UNKNOWN_END = 18;

const day = utcParse("%Y-%m-%d");
export const toDate = (iso: string): Date => day(iso.slice(0, 10)) ?? new Date(NaN);

/**
 * The period the roll opens on: from a month before the first help, signal or coordinator to a month
 * after today. Memberships that began earlier (a birth decades ago) run in from the left edge.
 */
export function wholePeriod(input: RollInput): { from: Date; to: Date } {
  const help = [...input.interventions.map((i) => i.start), ...input.events.map((e) => e.date), ...input.coordinators.map((c) => c.from)];
  const dates = [...(help.length ? help : input.members.map((m) => m.from)), input.today].map(toDate).filter((d) => !Number.isNaN(d.getTime()));
  const first = new Date(Math.min(...dates.map((d) => d.getTime())));
  return { from: utcMonth.offset(utcMonth.floor(first), -1), to: utcMonth.offset(utcMonth.ceil(toDate(input.today)), 1) };
}

/** Which domain an agency's lane is grouped under: the domain most of its entries here are in. */
function agencyGroups(input: RollInput): Map<string, { name: string; group: string }> {
  const counts = new Map<string, { name: string; domains: Map<string, number> }>();
  const add = (agencyId: string, name: string, domain: string | null, weight: number) => {
    const entry = counts.get(agencyId) ?? { name, domains: new Map<string, number>() };
    if (domain) entry.domains.set(domain, (entry.domains.get(domain) ?? 0) + weight);
    counts.set(agencyId, entry);
  };
  for (const i of input.interventions) add(i.agencyId, i.agencyName, i.domain, 2);
  for (const e of input.events) add(e.agencyId, e.agencyName, e.domain, 1);
  return new Map([...counts].map(([id, { name, domains }]) => {
    const best = [...domains].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return [id, { name, group: best?.[0] ?? "OVERIG" }];
  }));
}

/** Puts intervals in the fewest rows so that none overlap (earliest start first). */
function packRows<T extends { start: Date; end: Date }>(items: T[]): { item: T; row: number }[] {
  const rowEnds: number[] = [];
  return [...items].sort((a, b) => a.start.getTime() - b.start.getTime()).map((item) => {
    let row = rowEnds.findIndex((end) => end <= item.start.getTime());
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.end.getTime() + 1;
    return { item, row };
  });
}

/** Markers closer than one marker's width go to the next row, so that none hides another. */
function packMarkers<T extends { x: number }>(items: T[]): { item: T; row: number }[] {
  const rowEnds: number[] = [];
  return [...items].sort((a, b) => a.x - b.x).map((item) => {
    let row = rowEnds.findIndex((end) => end <= item.x);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = item.x + MARKER;
    return { item, row };
  });
}

export function layoutRoll(input: RollInput, frame: RollFrame): RollLayout {
  const x = scaleTime().domain([frame.from, frame.to]).range([LABEL_WIDTH, LABEL_WIDTH + frame.width]);
  const today = toDate(input.today);
  const endOf = (end: string | null) => (end ? toDate(end) : today);
  const span = (start: Date, end: Date) => ({ x: x(start), width: Math.max(2, x(end) - x(start)) });
  // help without an end is running, unless its end is hidden from this role: then only its start is known
  const helpEnd = (i: RollInput["interventions"][number]) => {
    if (i.end) return toDate(i.end);
    const start = toDate(i.start);
    return i.hidden ? new Date(Math.min(x.invert(x(start) + UNKNOWN_END).getTime(), Math.max(today.getTime(), start.getTime()))) : today;
  };
  const lanes: Lane[] = [];
  const bars: Bar[] = [];
  const markers: Marker[] = [];
  let y = AXIS_HEIGHT;

  // the household itself: one row per person, from joining (or birth) to leaving
  const people = [...new Set(input.members.map((m) => m.personId))];
  const membersHeight = Math.max(1, people.length) * ROW + 2 * PAD;
  lanes.push({ key: "members", kind: "members", label: "", group: null, y, height: membersHeight });
  for (const m of input.members) {
    const row = people.indexOf(m.personId);
    bars.push({
      id: `membership:${m.personId}:${m.from}`, kind: "membership", lane: "members", ...span(toDate(m.from), endOf(m.to)),
      y: y + PAD + row * ROW + (ROW - BAR) / 2, height: BAR, domain: null, hidden: false, running: !m.to, ended: !!m.to, outcomes: [], personId: m.personId,
    });
  }
  y += membersHeight;

  const coordinatorRows = packRows(input.coordinators.map((c) => ({ c, start: toDate(c.from), end: endOf(c.to) })));
  const coordinatorsHeight = Math.max(1, ...coordinatorRows.map((r) => r.row + 1)) * ROW + 2 * PAD;
  lanes.push({ key: "coordinators", kind: "coordinators", label: "", group: null, y, height: coordinatorsHeight });
  for (const { item, row } of coordinatorRows) {
    bars.push({
      id: item.c.id, kind: "coordinator", lane: "coordinators", ...span(item.start, item.end), y: y + PAD + row * ROW + (ROW - BAR) / 2,
      height: BAR, domain: null, hidden: false, running: !item.c.to, ended: !!item.c.to, outcomes: [],
    });
  }
  y += coordinatorsHeight;

  if (input.plan?.length) {
    const placed = packMarkers(input.plan.map((a) => ({ a, x: x(toDate(a.due)) })));
    const height = Math.max(1, ...placed.map((p) => p.row + 1)) * ROW + 2 * PAD;
    lanes.push({ key: "plan", kind: "plan", label: "", group: null, y, height });
    for (const { item, row } of placed) {
      markers.push({ id: item.a.id, type: item.a.done ? "PLAN_DONE" : "PLAN_OPEN", lane: "plan", x: item.x, y: y + PAD + row * ROW + ROW / 2, domain: null });
    }
    y += height;
  }

  // one lane per agency, grouped by the domain it mostly works in here
  const agencies = agencyGroups(input);
  const groups = [...new Set([...agencies.values()].map((a) => a.group))].sort();
  for (const group of groups) {
    const members = [...agencies].filter(([, a]) => a.group === group).sort((a, b) => a[1].name.localeCompare(b[1].name));
    const folded = frame.collapsed.has(group);
    lanes.push({ key: `group:${group}`, kind: "group", label: group, group, y, height: GROUP, count: members.length });
    y += GROUP;
    if (folded) continue;
    for (const [agencyId, agency] of members) {
      const key = `agency:${agencyId}`;
      const events = input.events.filter((e) => e.agencyId === agencyId);
      const rows = packRows(input.interventions.filter((i) => i.agencyId === agencyId).map((i) => ({ i, start: toDate(i.start), end: helpEnd(i) })));
      const placed = packMarkers(events.map((e) => ({ e, x: x(toDate(e.date)) })));
      const eventRows = Math.max(0, ...placed.map((p) => p.row + 1));
      const height = (eventRows + Math.max(0, ...rows.map((r) => r.row + 1))) * ROW + 2 * PAD;
      lanes.push({ key, kind: "agency", label: agency.name, group, y, height });
      for (const { item, row } of placed) markers.push({ id: item.e.id, type: item.e.type, lane: key, x: item.x, y: y + PAD + row * ROW + ROW / 2, domain: item.e.domain });
      for (const { item, row } of rows) {
        bars.push({
          id: item.i.id, kind: "intervention", lane: key, ...span(item.start, item.end), y: y + PAD + (eventRows + row) * ROW + (ROW - BAR) / 2,
          height: BAR, domain: item.i.domain, hidden: item.i.hidden, running: !item.i.end && !item.i.hidden, ended: !!item.i.end,
          ...(item.i.hidden && !item.i.end ? { endUnknown: true } : {}),
          outcomes: item.i.outcomes.map((o) => ({ x: x(toDate(o.date)), result: o.result })),
        });
      }
      y += height;
    }
  }

  // a concession joined to the escalation it gave in to
  const byId = new Map(markers.map((m) => [m.id, m]));
  const links = input.events.flatMap((e) => {
    const to = byId.get(e.id);
    const from = e.relatedEventId ? byId.get(e.relatedEventId) : undefined;
    return from && to ? [{ id: `link:${from.id}:${to.id}`, from: from.id, to: to.id, x1: from.x, y1: from.y, x2: to.x, y2: to.y }] : [];
  });

  const width = LABEL_WIDTH + frame.width;
  const texts = labelTexts(input, frame.marks);
  const labels = placeLabels(bars, markers, texts, { from: LABEL_WIDTH, to: width, cuts: (frame.cuts ?? []).map((c) => LABEL_WIDTH + c) });
  const todayX = x(today);
  return {
    labelWidth: LABEL_WIDTH, width, height: y + PAD, axisHeight: AXIS_HEIGHT, lanes, bars, markers, links, ticks: ticksFor(x, frame), labels,
    today: todayX >= LABEL_WIDTH && todayX <= width ? todayX : null,
  };
}

/** What each item may say, longest first: mark, what and when; mark and what; the mark alone. Hidden help says nothing more than its mark. */
export function labelTexts(input: RollInput, marks: ReadonlyMap<string, string> = new Map()): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const add = (id: string, what: string, when?: string) => {
    const mark = marks.get(id);
    const words = [when && what ? `${what} · ${when}` : "", what].filter(Boolean);
    const options = [...words.map((w) => (mark ? `${mark} ${w}` : w)), ...(mark ? [mark] : [])];
    if (options.length) texts.set(id, options);
  };
  for (const i of input.interventions) add(i.id, i.hidden ? "" : i.label, i.when);
  for (const e of input.events) add(e.id, e.label, e.when);
  for (const a of input.plan ?? []) add(a.id, a.label);
  return texts;
}

/**
 * Places labels left to right: inside a bar when it is wide enough, else just after the bar or marker,
 * in the same row, only where it covers no other mark or label, stays in [from, to] and crosses no cut.
 */
export function placeLabels(bars: Bar[], markers: Marker[], texts: Map<string, string[]>, range: { from: number; to: number; cuts: number[] }): Label[] {
  const rows = new Map<number, { a: number; b: number; id: string }[]>();
  const rowOf = (y: number) => Math.round(y);
  const taken = (y: number, a: number, b: number, self: string) => (rows.get(rowOf(y)) ?? []).some((r) => r.id !== self && r.a < b && a < r.b);
  const take = (y: number, a: number, b: number, id: string) => rows.set(rowOf(y), [...(rows.get(rowOf(y)) ?? []), { a, b, id }]);
  const fits = (a: number, b: number) => a >= range.from && b <= range.to && !range.cuts.some((c) => a < c && c < b);
  const items = [
    ...bars.map((b) => ({ id: b.id, y: b.y + b.height / 2, a: b.x, b: Math.max(b.x + b.width + (b.endUnknown ? 10 : 0), ...b.outcomes.map((o) => o.x + 5)), bar: b })),
    ...markers.map((m) => ({ id: m.id, y: m.y, a: m.x - MARKER / 2, b: m.x + MARKER / 2, bar: null })),
  ].sort((p, q) => p.a - q.a || p.id.localeCompare(q.id));
  for (const i of items) take(i.y, i.a, i.b, i.id);
  for (const b of bars) b.outcomes.forEach((o, n) => take(b.y + b.height / 2, o.x - 5, o.x + 5, `outcome:${b.id}:${n}`));
  const labels: Label[] = [];
  for (const i of items) {
    for (const text of texts.get(i.id) ?? []) {
      const w = text.length * CHAR;
      const start = Math.max(i.a, range.from) + 3;
      if (i.bar && !i.bar.hidden && i.bar.kind === "intervention" && Math.min(i.bar.x + i.bar.width, range.to) - start >= w + 3 && fits(start, start + w) && !taken(i.y, start, start + w, i.id)) {
        take(i.y, start, start + w, `label:${i.id}`);
        labels.push({ id: i.id, x: start, y: i.y + 3.5, text, inside: true });
        break;
      }
      const after = i.b + 3;
      if (fits(after, after + w) && !taken(i.y, after, after + w, i.id)) {
        take(i.y, after, after + w, `label:${i.id}`);
        labels.push({ id: i.id, x: after, y: i.y + 3.5, text, inside: false });
        break;
      }
    }
  }
  return labels;
}

/** Pixels per day on paper so that the strip fills a whole number of sheets, near the wanted scale. */
export function printScale(days: number, sheet: number, perDay: number): { sheets: number; width: number } {
  const sheets = Math.max(1, Math.round((days * perDay) / sheet));
  return { sheets, width: sheets * sheet };
}

/** Years always; months too when there is room for them. */
function ticksFor(x: (d: Date) => number, frame: RollFrame): Tick[] {
  const days = utcDay.count(frame.from, frame.to);
  const perMonth = (frame.width / Math.max(1, days)) * 30;
  const perYear = perMonth * 12;
  const yearStep = perYear >= 48 ? 1 : Math.ceil(48 / Math.max(1, perYear)); // a label needs about 48 px
  const years = utcYear.every(yearStep)!.range(utcYear.ceil(frame.from), frame.to).map((date) => ({ x: x(date), date, major: true }));
  if (perMonth < 14) return years;
  const step = perMonth >= 40 ? 1 : perMonth >= 24 ? 3 : 6;
  const months = utcMonth.every(step)!.range(utcMonth.ceil(frame.from), frame.to)
    .filter((d) => d.getUTCMonth() !== 0)
    .map((date) => ({ x: x(date), date, major: false }));
  return [...years, ...months].sort((a, b) => a.x - b.x);
}

/** Zooms a period in or out around a date (factor < 1 zooms in); never narrower than a month. */
export function zoom(frame: { from: Date; to: Date }, factor: number, around?: Date): { from: Date; to: Date } {
  const from = frame.from.getTime();
  const to = frame.to.getTime();
  const centre = around?.getTime() ?? (from + to) / 2;
  const minimum = utcDay.offset(frame.from, 30).getTime() - from;
  const width = Math.max(minimum, (to - from) * factor);
  const share = (centre - from) / (to - from);
  return { from: new Date(centre - width * share), to: new Date(centre - width * share + width) };
}

/** Moves the period by a share of its width (negative: earlier). */
export function pan(frame: { from: Date; to: Date }, share: number): { from: Date; to: Date } {
  const shift = (frame.to.getTime() - frame.from.getTime()) * share;
  return { from: new Date(frame.from.getTime() + shift), to: new Date(frame.to.getTime() + shift) };
}
