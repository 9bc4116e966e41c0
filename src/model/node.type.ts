import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType("Node", {
  description: "An object that can be fetched again by itself: `node(id:)` and `nodes(ids:)` take its typed id, `<__typename>:<id>` " +
    "(Household:h-1; an analyst's Household:<pseudonym>), the key Apollo Client's cache gives it. Refetched, it is what the caller " +
    "gets reaching it the usual way, in the same view; null where the caller may not reach it, as where there is none. " +
    "TimelineEntry, PatternSummary and SignedIn have ids for a client's cache too but are not Nodes: read them through what holds " +
    "them (a household's timeline, patternSummary, viewer).",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "The object's id as this caller is shown it (a pseudonym where it is seen in analyst form); with the type name before it, its typed id." })
  id!: string;
}
