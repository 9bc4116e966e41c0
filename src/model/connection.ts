import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ description: "Where a page starts and ends (Relay's PageInfo). Pages go forward: pass endCursor as `after` to get the next one." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's last item; null when the page is empty." })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "True when items come before this page: it was asked for `after` a cursor." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's first item; null when the page is empty." })
  startCursor!: string | null;
}

export interface Page<T> {
  totalCount: number;
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

  @ObjectType(`${name}Connection`, { description: `A page of ${items}, ${order}, with the total count. At most 500 items a page (first, default 50).` })
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
