import { NodeIds } from "./node-ids";

describe("the node ids neo4j-admin is given", () => {
  it("numbers each label's keys 0, 1, 2 ... in the order met, as a node or as a relationship's end", () => {
    const ids = new NodeIds();
    expect(ids.created("Household", "h1")).toBe(0);
    expect(ids.of("Event", "e2")).toBe(1); // a related event delivered later in the same delivery
    expect(ids.created("Event", "e1")).toBe(2);
    expect(ids.created("Event", "e2")).toBe(1);
    expect(ids.of("Household", "e1")).toBe(3); // another label, another node
    expect(ids.created("Household", "e1")).toBe(3);
    expect(() => ids.close()).not.toThrow();
  });

  it("refuses a relationship to a node that was never written, naming its label only", () => {
    const ids = new NodeIds();
    ids.created("Person", "p1");
    ids.of("Household", "h-secret");
    expect(() => ids.close()).toThrow("the initial import wrote relationships to 1 nodes it did not write (labels Household)");
  });

  it("refuses a node written twice, and keeps count past its first bits", () => {
    const ids = new NodeIds();
    for (let i = 0; i < 600_000; i++) ids.created("Event", `e${i}`);
    expect(() => ids.created("Event", "e599999")).toThrow("a Event node written twice");
    expect(() => ids.close()).not.toThrow();
  });
});
