import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ description: "Where a page starts and ends (Relay's PageInfo): pass endCursor as `after` (with first) for the next page, startCursor as `before` (with last) for the one before." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page (always, for a page asked `before` a cursor)." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's last item; null when the page is empty." })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "True when items come before this page: it was asked for `after` a cursor, or with `last` and more items precede it." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's first item; null when the page is empty." })
  startCursor!: string | null;
}

export interface Page<T> {
  /** A promise when the list counts only if a client asks for the count. */
  readonly totalCount: number | Promise<number>;
  edges: { cursor: string; node: T }[];
  /** The edges' nodes, for clients that want no cursors. */
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
}

/**
 * A cursor connection type for T: `XConnection { totalCount edges { cursor node } pageInfo }`.
 * `items` and `order` say what a page holds and how it is ordered ("agencies", "by id"), in the schema's descriptions.
 */
export function Connection<T extends object>(name: string, node: ClassType<T>, items: string, order: string) {
  @ObjectType(`${name}Edge`, { description: `An item of a page of ${items}, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Where this item stands in the list: pass it as `after` (to the same list) for the items after it. Opaque; refused by other lists." })
    cursor!: string;

    @Field(() => node, { description: "The item." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${items}, ${order}, with the total count. At most 500 items a page (first or last, default 50).` })
  class ConnectionType {
    @Field(() => Int, { description: "How many items the list holds with these arguments, over all pages." })
    totalCount!: number;

    @Field(() => [Edge], { description: "This page's items in the list's order, each with its cursor." })
    edges!: Edge[];

    @Field(() => [node], { description: "This page's items in the list's order, without cursors (the nodes of `edges`)." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether another page follows, and the cursor to ask for it." })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Relay's page arguments, on every list: `first` items `after` a cursor, or the `last` items `before` one. */
@ArgsType()
export class PageArguments {
  @Field(() => Int, { nullable: true, description: "Page size going forward, 1 to 500 (default 50 when neither first nor last is given)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor of this list (an endCursor): the page starts after it. Goes with first; leave out for the first page." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size going backward, 1 to 500: the last items of the list, or those just before `before`." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor of this list (a startCursor): the page ends just before it. Goes with last." })
  before?: string | null;
}
