import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext } from "graphql";

/** A rejected limit is a validation error (400, GRAPHQL_VALIDATION_FAILED), not a thrown internal one. */
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

/** Limits on what one operation may ask (graphql-armor's rules), on every transport; its cost is checked with its variables (cost.ts). */
export const LIMITS = [
  maxDepthRule({ n: 12, ...report }),
  maxAliasesRule({ n: 15, ...report }),
  maxDirectivesRule({ n: 20, ...report }),
];

/** The most tokens one operation's text may have (graphql-js stops parsing there). */
export const MAX_TOKENS = 5000;
