import { nextDailyAt } from "./daily-run";

const at = (iso: string) => new Date(iso);

describe("the time of the day's full detection", () => {
  it("is today's time while it is still ahead, else tomorrow's, on the clock of the time zone", () => {
    expect(nextDailyAt(at("2026-12-06T00:00:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-12-06T01:30:00.000Z");
    expect(nextDailyAt(at("2026-12-06T01:30:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-12-07T01:30:00.000Z");
    expect(nextDailyAt(at("2026-07-01T12:00:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-07-02T00:30:00.000Z"); // summer time
    expect(nextDailyAt(at("2026-12-31T23:59:00Z"), "00:00", "UTC").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    // still 6 December in UTC, already 7 December in Amsterdam: the zone's day counts
    expect(nextDailyAt(at("2026-12-06T23:30:00Z"), "01:00", "Europe/Amsterdam").toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(nextDailyAt(at("2026-12-06T23:30:00Z"), "00:15", "Europe/Amsterdam").toISOString()).toBe("2026-12-07T23:15:00.000Z");
  });

  it("runs an hour later on the night the clock skips the time, and once (the first) on the night it shows it twice", () => {
    // 28 March 2027: Amsterdam's clocks go from 02:00 to 03:00, so there is no 02:30
    expect(nextDailyAt(at("2027-03-27T12:00:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2027-03-28T01:30:00.000Z"); // 03:30 summer time
    // 25 October 2026: 02:30 comes twice, first in summer time
    expect(nextDailyAt(at("2026-10-24T12:00:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(nextDailyAt(at("2026-10-25T00:30:00Z"), "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-10-26T01:30:00.000Z"); // not the second 02:30
  });
});
