import { BsnKey, bsnProblem, isBsn } from "./bsn";

describe("a BSN", () => {
  it("passes the elfproef or is refused", () => {
    // 999900006 is the test BSN of the iStandaarden examples; 111222333 passes; one digit changed fails
    expect(isBsn("999900006")).toBe(true);
    expect(isBsn("111222333")).toBe(true);
    expect(isBsn("111222334")).toBe(false);
    expect(isBsn("11122233")).toBe(false);
    expect(isBsn("000000000")).toBe(false);
    expect(isBsn("11122233a")).toBe(false);
  });

  it("never appears in what a problem says", () => {
    for (const v of ["111222334", "12345", 12]) expect(bsnProblem(v)).not.toContain(String(v));
  });

  it("names the same person under one key and a different one under another", () => {
    const a = new BsnKey("a".repeat(32));
    const b = new BsnKey("b".repeat(32));
    expect(a.personId("999900006")).toBe(a.personId("999900006"));
    expect(a.personId("999900006")).not.toBe(b.personId("999900006"));
    expect(a.personId("999900006")).toMatch(/^p-b-[a-z2-7]{26}$/);
    expect(a.personId("999900006")).not.toContain("999900006");
  });
});
