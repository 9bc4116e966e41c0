import fc from "fast-check";
import neo4j from "neo4j-driver";
import { toNative } from "./convert";

describe("values from Neo4j", () => {
  it("gives a date as the driver writes it, YYYY-MM-DD, whether its fields are numbers or Integers", () => {
    fc.assert(fc.property(fc.integer({ min: -20000, max: 20000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
      const plain = new neo4j.types.Date(y, m, d);
      const lossless = new neo4j.types.Date(neo4j.int(y), neo4j.int(m), neo4j.int(d));
      expect(toNative(plain)).toBe(plain.toString());
      expect(toNative(lossless)).toBe(plain.toString());
    }));
    expect(toNative({ start: new neo4j.types.Date(2024, 3, 5), seq: 7 })).toEqual({ start: "2024-03-05", seq: 7 });
  });
});
