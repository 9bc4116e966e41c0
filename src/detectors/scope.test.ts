import { DETECTORS } from "./registry";
import { scopedToHouseholds } from "./scope";

describe("detectors scoped to some households", () => {
  it.each(Object.values(DETECTORS).map((d) => [d.kind, d] as const))("%s has a population anchor that can be scoped", (_, spec) => {
    const scoped = scopedToHouseholds(spec.query);
    expect(scoped.text).toContain("UNWIND $householdIds AS householdId");
    expect(scoped.text).not.toContain("$householdIds IS NULL");
  });

  it("refuses a query whose anchor it does not know", () => {
    expect(() => scopedToHouseholds({ name: "odd", text: "MATCH (h:Household) RETURN h" })).toThrow(/not a known population anchor/);
  });
});
