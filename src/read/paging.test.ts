import { CursorSeal } from "../access/pseudonyms";
import { Cursors, pageAsked, shownOnly, toPage, type CursorShape } from "./paging";

const cursors = new Cursors(new CursorSeal("a key of at least thirty-two characters!"));
const SHAPE: CursorShape = { list: "test", key: ["string"] };

/** A page of ids "a", "b", … read `limit + 1` at a time, of which `hidden` turn out not to be shown (their records load as nothing). */
function page(rows: string[], args: { first?: number; after?: string; last?: number; before?: string }, hidden: Set<string> = new Set()) {
  const asked = pageAsked(args, cursors, SHAPE);
  const shown = shownOnly(rows, asked);
  const records = shown.rows.filter((id) => !hidden.has(id));
  return { shown, page: toPage(records, asked, rows.length, (id) => [id], cursors, SHAPE, shown.more, shown.far !== null ? [shown.far] : null) };
}

describe("a page of limit + 1 rows", () => {
  it("loads only the page's own rows, and says there is more from the row beyond them", () => {
    const { shown, page: p } = page(["a", "b", "c"], { first: 2 });
    expect(shown.rows).toEqual(["a", "b"]);
    expect(p.nodes).toEqual(["a", "b"]);
    expect(p.pageInfo.hasNextPage).toBe(true);
    expect(cursors.decode(p.pageInfo.endCursor, SHAPE)).toEqual(["b"]);
  });

  it("backward, leaves out the row farthest from the cursor and turns the rest round", () => {
    const before = cursors.encode(SHAPE, ["d"]);
    const { shown, page: p } = page(["c", "b", "a"], { last: 2, before }); // nearest the cursor first
    expect(shown.rows).toEqual(["c", "b"]);
    expect(p.nodes).toEqual(["b", "c"]);
    expect([p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage]).toEqual([true, true]);
  });

  it("keeps saying there is more when a record of the page is hidden", () => {
    const { page: p } = page(["a", "b", "c"], { first: 2 }, new Set(["b"]));
    expect(p.nodes).toEqual(["a"]);
    expect(p.pageInfo.hasNextPage).toBe(true);
  });

  it("moves its cursors past a page whose every record is hidden, so paging on does not start again from the top", () => {
    const { page: p } = page(["a", "b", "c"], { first: 2 }, new Set(["a", "b"]));
    expect(p.nodes).toEqual([]);
    expect(p.pageInfo.hasNextPage).toBe(true);
    expect(cursors.decode(p.pageInfo.endCursor, SHAPE)).toEqual(["b"]);
    const { page: next } = page(["c"], { first: 2, after: p.pageInfo.endCursor! });
    expect(next.nodes).toEqual(["c"]);
    const back = page(["c", "b", "a"], { last: 2, before: cursors.encode(SHAPE, ["d"]) }, new Set(["c", "b"])).page;
    expect(cursors.decode(back.pageInfo.startCursor, SHAPE)).toEqual(["b"]);
  });
});
