/** The roll's layout is a pure function: entries in, lanes and marks with places out. */
import { layoutRoll, pan, wholePeriod, zoom, type RollInput } from "../../web/src/roll/layout";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(overrides: Partial<RollInput> = {}): RollInput {
  return {
    today: "2024-12-31",
    members: [
      { personId: "mother", label: "M", role: "PARENT", from: "1990-05-01", to: null },
      { personId: "father", label: "F", role: "PARTNER", from: "2015-01-01", to: "2022-06-01" },
    ],
    interventions: [
      { id: "i1", agencyId: "wmo", agencyName: "Wmo-loket", domain: "WMO", start: "2021-01-01", end: "2021-06-30", hidden: false, label: "hulp", outcomes: [] },
      { id: "i2", agencyId: "wmo", agencyName: "Wmo-loket", domain: "WMO", start: "2021-03-01", end: null, hidden: false, label: "hulp", outcomes: [] },
      { id: "i3", agencyId: "jeugd", agencyName: "Jeugdteam", domain: "JEUGD", start: "2022-01-01", end: "2023-01-01", hidden: true, label: "x", outcomes: [{ date: "2022-12-01", result: "ACHIEVED" }] },
    ],
    events: [
      { id: "e1", agencyId: "wmo", agencyName: "Wmo-loket", type: "ESCALATION", date: "2022-02-01", domain: "WMO", relatedEventId: null, label: "" },
      { id: "e2", agencyId: "jeugd", agencyName: "Jeugdteam", type: "CONCESSION", date: "2022-02-10", domain: "JEUGD", relatedEventId: "e1", label: "" },
    ],
    coordinators: [],
    ...overrides,
  };
}

const frame = (i: RollInput, width = 1000, collapsed: string[] = []) => ({ ...wholePeriod(i), width, collapsed: new Set(collapsed) });

describe("the roll layout", () => {
  it("draws another agency's help whose end is hidden as a short start, not as running up to today", () => {
    const i = input({ interventions: [
      { id: "own", agencyId: "wmo", agencyName: "Wmo-loket", domain: "WMO", start: "2021-01-01", end: null, hidden: false, label: "hulp", outcomes: [] },
      { id: "other", agencyId: "jeugd", agencyName: "Jeugdteam", domain: "JEUGD", start: "2021-01-01", end: null, hidden: true, label: "x", outcomes: [] },
    ] });
    const layout = layoutRoll(i, frame(i));
    const own = layout.bars.find((b) => b.id === "own");
    const other = layout.bars.find((b) => b.id === "other");
    expect(own).toMatchObject({ running: true });
    expect(other).toMatchObject({ running: false, ended: false, endUnknown: true });
    expect(other!.width).toBeLessThan(own!.width / 10); // nowhere near today
  });

  it("opens on the help, a month either side, not on a member's birth decades ago", () => {
    expect(wholePeriod(input())).toEqual({ from: day("2020-12-01"), to: day("2025-02-01") });
  });

  it("gives each agency a lane under the domain it mostly works in, members and coordination on top", () => {
    const l = layoutRoll(input(), frame(input()));
    expect(l.lanes.map((x) => x.key)).toEqual(["members", "coordinators", "group:JEUGD", "agency:jeugd", "group:WMO", "agency:wmo"]);
    const ys = l.lanes.map((x) => [x.y, x.y + x.height]);
    for (let n = 1; n < ys.length; n++) expect(ys[n]![0]).toBe(ys[n - 1]![1]); // lanes stack without gaps or overlaps
  });

  it("stacks overlapping help in its own row and runs open help to today", () => {
    const l = layoutRoll(input(), frame(input()));
    const [i1, i2] = ["i1", "i2"].map((id) => l.bars.find((b) => b.id === id)!);
    expect(i1!.y).not.toBe(i2!.y);
    expect(i2!.running).toBe(true);
    const mother = l.bars.find((b) => b.id === "membership:mother:1990-05-01")!;
    expect(i2!.x + i2!.width).toBeCloseTo(mother.x + mother.width, 5); // both run to today
    expect(mother.x).toBeLessThan(l.labelWidth); // from 1990: it starts before the period shown (and is clipped there)
  });

  it("marks hidden help, outcomes and the concession's link to its escalation", () => {
    const l = layoutRoll(input(), frame(input()));
    const i3 = l.bars.find((b) => b.id === "i3")!;
    expect(i3.hidden).toBe(true);
    expect(i3.outcomes).toHaveLength(1);
    expect(i3.outcomes[0]!.x).toBeGreaterThan(i3.x);
    expect(l.links).toEqual([expect.objectContaining({ from: "e1", to: "e2" })]);
    const [e1, e2] = ["e1", "e2"].map((id) => l.markers.find((m) => m.id === id)!);
    expect(l.links[0]).toMatchObject({ x1: e1!.x, y1: e1!.y, x2: e2!.x, y2: e2!.y });
  });

  it("puts markers that would cover each other in rows of their own", () => {
    const close = [0, 1, 2].map((n) => ({ id: `m${n}`, agencyId: "wmo", agencyName: "Wmo-loket", type: "CONTACT", date: `2022-03-0${n + 1}`, domain: "WMO", relatedEventId: null, label: "" }));
    const l = layoutRoll(input({ events: close }), frame(input({ events: close })));
    const ys = l.markers.map((m) => m.y);
    expect(new Set(ys).size).toBe(3);
  });

  it("folds a domain group to one line and leaves its marks out", () => {
    const l = layoutRoll(input(), frame(input(), 1000, ["WMO"]));
    expect(l.lanes.map((x) => x.key)).not.toContain("agency:wmo");
    expect(l.bars.map((b) => b.id)).not.toContain("i1");
    expect(l.links).toEqual([]); // the escalation is folded away, so is its link
  });

  it("keeps 30 caregivers over five years readable: one lane per agency, rows only where help overlaps", () => {
    const many = Array.from({ length: 30 }, (_, n) => ({
      id: `c${n}`, agencyId: `a${n % 3}`, agencyName: `Agency ${n % 3}`, domain: "WMO", start: `20${19 + Math.floor(n / 6)}-0${1 + (n % 6)}-01`, end: `20${19 + Math.floor(n / 6)}-0${2 + (n % 6)}-01`,
      hidden: false, label: "", outcomes: [],
    }));
    const l = layoutRoll(input({ interventions: many, events: [] }), frame(input({ interventions: many, events: [] })));
    expect(l.lanes.filter((x) => x.kind === "agency")).toHaveLength(3);
    expect(Math.max(...l.lanes.filter((x) => x.kind === "agency").map((x) => x.height))).toBeLessThan(30); // no overlap, so one row each
  });

  it("labels years, and months when there is room", () => {
    const wide = layoutRoll(input(), { from: day("2022-01-01"), to: day("2022-12-31"), width: 1200, collapsed: new Set() });
    expect(wide.ticks.filter((t) => !t.major).length).toBe(11);
    const narrow = layoutRoll(input(), { from: day("2000-01-01"), to: day("2024-12-31"), width: 600, collapsed: new Set() });
    expect(narrow.ticks.every((t) => t.major)).toBe(true);
    const xs = narrow.ticks.map((t) => t.x);
    for (let n = 1; n < xs.length; n++) expect(xs[n]! - xs[n - 1]!).toBeGreaterThanOrEqual(47); // labels never collide
  });

  it("zooms around a date and pans by a share of the period", () => {
    const p = { from: day("2020-01-01"), to: day("2022-01-01") };
    const z = zoom(p, 0.5, day("2021-01-01"));
    expect(z.to.getTime() - z.from.getTime()).toBeCloseTo((p.to.getTime() - p.from.getTime()) / 2, -3);
    expect(z.from.getTime()).toBeLessThan(day("2021-01-01").getTime());
    expect(z.to.getTime()).toBeGreaterThan(day("2021-01-01").getTime());
    expect(zoom(p, 0.0001).to.getTime() - zoom(p, 0.0001).from.getTime()).toBe(30 * 86_400_000); // never narrower than a month
    expect(pan({ from: day("2021-01-01"), to: day("2023-01-01") }, 0.5).from).toEqual(day("2022-01-01"));
  });
});
