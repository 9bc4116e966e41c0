import { inPieces } from "./in-pieces";

describe("ids cut into pieces for query parameters", () => {
  it("gives every id once, at most `size` per key in a piece, the keys side by side", () => {
    const ids = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`);
    const pieces = [...inPieces({ persons: ids(45, "p"), events: ids(12, "e") }, 20)];
    expect(pieces.map((p) => [p.persons.length, p.events.length])).toEqual([[20, 12], [20, 0], [5, 0]]);
    expect(pieces.flatMap((p) => p.persons)).toEqual(ids(45, "p"));
  });

  it("asks once, with empty lists, when there is nothing to ask about", () => {
    expect([...inPieces({ persons: [], events: [] }, 20)]).toEqual([{ persons: [], events: [] }]);
  });
});
