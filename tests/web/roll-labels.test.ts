/** The roll's words and print scale, decided in the pure layout: labels that fit and cover nothing, the plan lane, today, whole sheets. */
import { CHAR, labelTexts, layoutRoll, printScale, wholePeriod, type RollInput } from "../../web/src/roll/layout";

function input(overrides: Partial<RollInput> = {}): RollInput {
  return {
    today: "2024-12-31",
    members: [{ personId: "mother", label: "M", role: "PARENT", from: "1990-05-01", to: null }],
    interventions: [
      { id: "long", agencyId: "wmo", agencyName: "Wmo-loket", domain: "WMO", start: "2021-01-01", end: "2023-06-30", hidden: false, label: "begeleiding", when: "jan 2021", outcomes: [] },
      { id: "short", agencyId: "wmo", agencyName: "Wmo-loket", domain: "WMO", start: "2023-07-01", end: "2023-07-20", hidden: false, label: "huishoudelijke hulp", when: "jul 2023", outcomes: [] },
      { id: "hidden", agencyId: "jeugd", agencyName: "Jeugdteam", domain: "JEUGD", start: "2022-01-01", end: "2022-03-01", hidden: true, label: "hulp van Jeugdteam (details niet zichtbaar)", outcomes: [] },
    ],
    events: Array.from({ length: 6 }, (_, n) => ({
      id: `e${n}`, agencyId: "wmo", agencyName: "Wmo-loket", type: "CONTACT", date: `2022-0${n + 1}-01`, domain: "WMO", relatedEventId: null, label: "contact", when: `${n + 1} 2022`,
    })),
    coordinators: [],
    ...overrides,
  };
}
const frame = (i: RollInput, width = 1000, extra: object = {}) => ({ ...wholePeriod(i), width, collapsed: new Set<string>(), ...extra });
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe("labels on the roll", () => {
  it("puts a label inside a bar that is wide enough, saying what and when", () => {
    const l = layoutRoll(input(), frame(input()));
    expect(l.labels.find((x) => x.id === "long")).toMatchObject({ text: "begeleiding · jan 2021", inside: true });
  });

  it("never lets a label cover another label, a bar or a marker of its row, nor run past the chart", () => {
    for (const width of [300, 600, 1000, 3000]) {
      const l = layoutRoll(input(), frame(input(), width));
      const spans = l.labels.map((x) => ({ id: x.id, y: Math.round(x.y - 3.5), span: [x.x, x.x + x.text.length * CHAR] as [number, number] }));
      for (const a of spans) {
        expect(a.span[0]).toBeGreaterThanOrEqual(l.labelWidth);
        expect(a.span[1]).toBeLessThanOrEqual(l.width);
        for (const b of spans) if (a !== b && a.y === b.y) expect(overlaps(a.span, b.span)).toBe(false);
        for (const m of l.markers) if (m.id !== a.id && Math.round(m.y) === a.y) expect(overlaps(a.span, [m.x - 7, m.x + 7])).toBe(false);
        for (const bar of l.bars) if (bar.id !== a.id && Math.round(bar.y + bar.height / 2) === a.y) expect(overlaps(a.span, [bar.x, bar.x + bar.width])).toBe(false);
      }
    }
  });

  it("leaves a label out, or shortens it, where it does not fit", () => {
    const narrow = layoutRoll(input(), frame(input(), 300));
    const wide = layoutRoll(input(), frame(input(), 3000));
    expect(narrow.labels.length).toBeLessThan(wide.labels.length);
    expect(wide.labels.map((x) => x.id)).toEqual(expect.arrayContaining(["long", "e0", "short"]));
  });

  it("says nothing of hidden help but its evidence mark, and puts marks before labels", () => {
    const texts = labelTexts(input(), new Map([["hidden", "[2]"], ["long", "[1,2]"]]));
    expect(texts.get("hidden")).toEqual(["[2]"]);
    expect(texts.get("long")).toEqual(["[1,2] begeleiding · jan 2021", "[1,2] begeleiding", "[1,2]"]);
    expect(labelTexts(input()).has("hidden")).toBe(false);
  });

  it("runs no label over the cut between two sheets", () => {
    const i = input();
    const cuts = [200, 400, 600, 800];
    const l = layoutRoll(i, frame(i, 1000, { cuts }));
    for (const x of l.labels) for (const c of cuts) expect(x.x < l.labelWidth + c && l.labelWidth + c < x.x + x.text.length * CHAR).toBe(false);
  });
});

describe("the plan lane and today", () => {
  it("draws a plan's actions as markers in a lane of their own, under the coordination, done or open", () => {
    const plan = [
      { id: "p1", due: "2024-03-01", label: "huisbezoek samen", done: true, owner: "R. de Vries" },
      { id: "p2", due: "2024-06-01", label: "schuldhulp aanvragen", done: false, owner: null },
    ];
    const l = layoutRoll(input({ plan }), frame(input({ plan })));
    expect(l.lanes.map((x) => x.key).slice(0, 3)).toEqual(["members", "coordinators", "plan"]);
    expect(l.markers.filter((m) => m.lane === "plan").map((m) => [m.id, m.type])).toEqual([["p1", "PLAN_DONE"], ["p2", "PLAN_OPEN"]]);
    expect(l.labels.find((x) => x.id === "p2")?.text).toBe("schuldhulp aanvragen");
    expect(layoutRoll(input(), frame(input())).lanes.map((x) => x.key)).not.toContain("plan");
  });

  it("marks today when it is in the period, and not otherwise", () => {
    const l = layoutRoll(input(), frame(input()));
    expect(l.today).toBeGreaterThan(l.labelWidth);
    expect(l.today).toBeLessThan(l.width);
    expect(layoutRoll(input(), { from: new Date("2020-01-01"), to: new Date("2021-01-01"), width: 500, collapsed: new Set() }).today).toBeNull();
  });
});

describe("the print scale", () => {
  it("spreads the strip over a whole number of sheets, near the wanted days per pixel", () => {
    for (const days of [30, 400, 1000, 2984, 3100, 10_000]) {
      const { sheets, width } = printScale(days, 1200, 1.2);
      expect(Number.isInteger(sheets)).toBe(true);
      expect(width).toBe(sheets * 1200); // the last sheet is as full as the others
      if (days * 1.2 > 1800) expect(width / days).toBeGreaterThan(0.8);
      expect(width / days).toBeLessThan(days * 1.2 < 600 ? Infinity : 1.81);
    }
  });
});
