import fc from "fast-check";
import { repeatedKey } from "./repeated-keys";

describe("a field given twice in a JSON text", () => {
  it("is found, with its path", () => {
    expect(repeatedKey('{"query":"x","variables":{"dataset":{"source":"s","persons":[],"events":[],"persons":[{"id":"p"}]}}}'))
      .toBe("variables.dataset.persons");
    expect(repeatedKey('{"a":[{"id":1},{"id":2,"x":{"b":1},"id":3}]}')).toBe("a[1].id");
    expect(repeatedKey('{"a":1,"\\u0061":2}')).toBe("a"); // the same key, written otherwise
    expect(repeatedKey('{"a b":{"c":1,"c":2}}')).toBe('"a b".c');
  });

  it("is not found where each object names its fields once, however they nest", () => {
    expect(repeatedKey('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":"a\\"a","d":{}}')).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(repeatedKey(JSON.stringify(value))).toBeNull();
      expect(repeatedKey(JSON.stringify(value, null, 2))).toBeNull();
    }));
  });

  it("is found wherever a field of any object is given again", () => {
    const objects = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 });
    fc.assert(fc.property(objects, fc.jsonValue({ maxDepth: 2 }), fc.nat(), (object, value, pick) => {
      const keys = Object.keys(object);
      const key = keys[pick % keys.length]!;
      const text = `{"outer":[1,${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}]}`;
      expect(repeatedKey(text)).not.toBeNull();
    }));
  });
});
