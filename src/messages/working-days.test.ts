import { addWorkingDays } from "./working-days";

describe("the term for a start message", () => {
  it("counts Monday to Friday only", () => {
    expect(addWorkingDays("2026-04-01", 5)).toBe("2026-04-08"); // Wednesday → next Wednesday
    expect(addWorkingDays("2026-04-03", 5)).toBe("2026-04-10"); // Friday → next Friday
    expect(addWorkingDays("2026-04-04", 5)).toBe("2026-04-10"); // Saturday → Friday
    expect(addWorkingDays("2026-04-06", 0)).toBe("2026-04-06");
  });
});
