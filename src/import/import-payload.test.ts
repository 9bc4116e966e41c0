import { deliveryProblem, importPayload, jsonSteps, messageProblem } from "./import-payload";
import type { ImportResult } from "../model/import-result.type";

describe("a delivery's problem as a userError", () => {
  it.each([
    ["interventions[3].start", ["interventions", "3", "start"]],
    ["persons[0]", ["persons", "0"]],
    ["events[2].participantAgencyIds[1]", ["events", "2", "participantAgencyIds", "1"]],
    ["agencies", ["agencies"]],
    ["(delivery)", []],
  ])("follows the path %j into the input's dataset", (path, steps) => {
    expect(jsonSteps(path)).toEqual(steps);
    expect(deliveryProblem({ path, message: "is wrong" })).toEqual({ field: ["input", "dataset", ...steps], message: "is wrong" });
  });
});

describe("a message problem as a userError", () => {
  it("names the message by its index and the element by its steps", () => {
    expect(messageProblem({ path: "messages[3]: /Bericht/Client/StopProducten/StopProduct[2]/Einddatum", message: "2026-06-31 is not a date" }))
      .toEqual({ field: ["input", "messages", "3", "Bericht", "Client", "StopProducten", "StopProduct[2]", "Einddatum"], message: "2026-06-31 is not a date" });
  });

  it("says a line, or the whole message, in words", () => {
    expect(messageProblem({ path: "messages[0]: line 4", message: "is not well-formed" })).toEqual({ field: ["input", "messages", "0"], message: "line 4: is not well-formed" });
    expect(messageProblem({ path: "messages[1]: (message)", message: "is empty" })).toEqual({ field: ["input", "messages", "1"], message: "is empty" });
  });

  it("puts a problem of the whole import at messages", () => {
    expect(messageProblem({ path: "(import): (messages)", message: "holds no messages" })).toEqual({ field: ["input", "messages"], message: "holds no messages" });
    expect(messageProblem({ path: "(mapped) interventions[0].start", message: "x" })).toEqual({ field: ["input", "messages"], message: "(mapped) interventions[0].start: x" });
  });
});

describe("an import's payload", () => {
  const result = (ok: boolean): ImportResult => ({ ok, source: "s", errors: ok ? [] : [{ path: "persons[1].id", message: "is required" }], counts: [], received: 1, created: 0, detectionRun: null });

  it("holds the result of a delivery that was written", () => {
    expect(importPayload({ value: result(true), userErrors: [] }, deliveryProblem)).toEqual({ result: result(true), userErrors: [] });
  });

  it("holds no result, and every problem, for a delivery that was refused", () => {
    expect(importPayload({ value: result(false), userErrors: [] }, deliveryProblem))
      .toEqual({ result: null, userErrors: [{ field: ["input", "dataset", "persons", "1", "id"], message: "is required" }] });
    const early = [{ field: ["input", "messages"], message: "at most 5000 per call" }];
    expect(importPayload({ value: null, userErrors: early }, messageProblem)).toEqual({ result: null, userErrors: early });
  });
});
