import { Kind } from "graphql";
import { DateTimeScalar } from "./scalars";

describe("the DateTime scalar", () => {
  it("gives a moment in UTC with milliseconds, whatever form Neo4j or JavaScript stored it in", () => {
    expect(DateTimeScalar.serialize("2026-12-06T10:15:00.123456789Z")).toBe("2026-12-06T10:15:00.123Z");
    expect(DateTimeScalar.serialize("2026-12-06T11:15:00+01:00")).toBe("2026-12-06T10:15:00.000Z");
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 11, 6, 10, 15)))).toBe("2026-12-06T10:15:00.000Z");
  });

  it("refuses what is not a date-time on output as our error, and on input as the caller's, naming the value", () => {
    expect(() => DateTimeScalar.serialize("2026-12-06")).toThrow("a DateTime field held no date-time");
    for (const wrong of ["2026-02-30T10:00:00Z", "2026-12-06T24:00:00Z", "2026-12-06 10:00:00Z", "2026-12-06T10:00:00", 1796551669522]) {
      expect(() => DateTimeScalar.parseValue(wrong)).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining(JSON.stringify(wrong)) }));
    }
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: "2026-12-06T10:15:00-02:00" })).toBe("2026-12-06T12:15:00.000Z");
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: "5" })).toThrow("DateTime must be an RFC 3339 date-time");
  });
});
