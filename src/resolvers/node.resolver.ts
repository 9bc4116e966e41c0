import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Node } from "../model/node.type";
import { findNode, findNodes } from "../node/node.service";
import { MAX_NODES } from "../node/typed-id";
import { askedFields, askedFieldsDeep } from "../server/selection";

const asked = (info: GraphQLResolveInfo) => ({ fields: askedFields(info), deep: askedFieldsDeep(info) });

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any Node by its typed id (`Household:h-1`), as the caller gets it reaching it the usual way, in the same view; null when " +
      "there is none or the caller may not reach it (the two are not told apart, and the lookup is recorded in the audit trail as " +
      "household(id:) records one). Every signed-in role; a purpose is needed whatever the type.",
  })
  node(
    @Arg("id", () => ID, { description: "The typed id: the type name, a colon and the id the caller was shown (`Household:h-1`; an analyst's `Household:hh_…`). An id without a known type is BAD_USER_INPUT." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findNode(ctx, id, asked(info));
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several Nodes by their typed ids, at most ${MAX_NODES}, in the order given: null for each there is none of or the caller may not reach. As node(id:) for each.`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: `The typed ids (see node(id:)), at most ${MAX_NODES}; more, or one without a known type, is BAD_USER_INPUT.` }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findNodes(ctx, ids, asked(info));
  }
}
