import { GraphQLError } from "graphql";
import { MAX_NODES, NODE_TYPES, parseTypedId, parseTypedIds } from "./typed-id";

const refusal = (f: () => unknown): { code: unknown; message: string } => {
  try {
    f();
  } catch (e) {
    return { code: (e as GraphQLError).extensions.code, message: (e as GraphQLError).message };
  }
  throw new Error("not refused");
};

describe("a typed id", () => {
  it("is the type name, a colon and the id as shown, which may hold colons of its own", () => {
    expect(parseTypedId("Household:h-1", "id")).toEqual({ type: "Household", id: "h-1" });
    expect(parseTypedId("PatternHit:live_abc", "id")).toEqual({ type: "PatternHit", id: "live_abc" });
    expect(parseTypedId("Event:a:b", "id")).toEqual({ type: "Event", id: "a:b" });
    expect(NODE_TYPES).toHaveLength(16);
  });

  it.each([
    ["a bare id", "h-1", /^id: not a typed id.*Household:h-1/],
    ["a lower-case type", "household:h-1", /^id: not a typed id/],
    ["a name before a colon", "Anna de Vries:h-1", /^id: not a typed id/],
    ["a type and nothing after it", "Person:", /^id: nothing after "Person:"/],
    ["a type read through its parent", "PatternSummary:stored", /^id: a PatternSummary is not a Node: read it through patternSummary$/],
  ])("refuses %s as BAD_USER_INPUT, echoing nothing of it but a known type's name", (_, given, message) => {
    const { code, message: said } = refusal(() => parseTypedId(given, "id"));
    expect(code).toBe("BAD_USER_INPUT");
    expect(said).toMatch(message);
    expect(said).not.toMatch(/Anna|household:|h-1"/);
  });

  it("is checked for every id of a batch, which holds at most 100, before any is used", () => {
    expect(parseTypedIds(["Agency:a", "Case:c"])).toEqual([{ type: "Agency", id: "a" }, { type: "Case", id: "c" }]);
    expect(refusal(() => parseTypedIds(["Agency:a", "x"])).message).toMatch(/^ids\[1\]: not a typed id/);
    expect(refusal(() => parseTypedIds(Array.from({ length: MAX_NODES + 1 }, () => "Agency:a"))).message).toBe("ids: at most 100 ids at once, got 101");
  });
});
