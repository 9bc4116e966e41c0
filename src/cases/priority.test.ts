import { explainPriority, priority, type PriorityFacts } from "./priority";

const base: PriorityFacts = { kinds: [], safetySignals: 0, coordinated: true, oldestHit: null, newestHit: null, overdue: 0, today: "2026-12-06" };

describe("a household's priority", () => {
  it("counts each kind of pattern once, however many hits of it there are", () => {
    const p = priority({ ...base, kinds: ["MISSED_SIGNAL", "MISSED_SIGNAL", "CARE_AVOIDANCE"], oldestHit: "2026-01-01", newestHit: "2026-01-01" });
    expect(p.value).toBe(2);
    expect(explainPriority(p, "NL")).toBe("2 verschillende patronen (+2)");
    expect(explainPriority(p, "EN")).toBe("2 different patterns (+2)");
  });

  it("weighs escalation, safety, months without a regisseur, recency and overdue actions, and says each", () => {
    const p = priority({
      kinds: ["ESCALATION_CONCESSION"], safetySignals: 2, coordinated: false, oldestHit: "2025-10-01", newestHit: "2026-12-01", overdue: 1, today: "2026-12-06",
    });
    // 1 pattern + 2 escalation + 2 safety + (1 + 2 half-years × 0.5) no regisseur + 1 recent + 1 overdue
    expect(p.value).toBe(9);
    expect(explainPriority(p, "NL")).toBe(
      "1 patroon (+1) · escalatie met toegeven (+2) · 2 veiligheidssignalen in het afgelopen jaar (+2) · al 14 maanden geen regisseur (+2) · nieuw, 5 dagen geleden gevonden (+1) · 1 actie over tijd (+1)",
    );
  });

  it("caps the points for a missing regisseur, and gives none while one coordinates", () => {
    const long = { ...base, kinds: ["MISSED_SIGNAL"], coordinated: false, oldestHit: "2015-01-01", newestHit: "2015-01-01" };
    expect(priority(long).parts.find((p) => p.key === "noRegisseur")?.points).toBe(3);
    expect(priority({ ...long, coordinated: true }).parts.some((p) => p.key === "noRegisseur")).toBe(false);
  });

  it("is zero, in words, for a household with nothing open", () => {
    expect(priority(base).value).toBe(0);
    expect(explainPriority(priority(base), "NL")).toBe("Geen open patronen, geen signalen");
  });
});
