import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchemaSync } from "type-graphql";
import { AccountabilityResolver, PatternSummaryJudgementResolver } from "./resolvers/accountability.resolver";
import { FairnessResolver } from "./resolvers/fairness.resolver";
import { AgencyResolver, ProfessionalResolver } from "./resolvers/agency.resolver";
import { AuditResolver } from "./resolvers/audit.resolver";
import { AuditEventResolver } from "./resolvers/audit-event.resolver";
import { EventResolver } from "./resolvers/event.resolver";
import { HitWorkResolver } from "./resolvers/hit-work.resolver";
import { HouseholdResolver } from "./resolvers/household.resolver";
import { ImportResolver } from "./resolvers/import.resolver";
import { MessagesResolver } from "./resolvers/messages.resolver";
import { NodeResolver } from "./resolvers/node.resolver";
import { InterventionResolver, OutcomeResolver } from "./resolvers/intervention.resolver";
import { ConsentResolver, CoordinatorResolver, MembershipResolver, TimelineEntryResolver } from "./resolvers/links.resolver";
import { AgencyPatternCountResolver, EvidenceResolver, HouseholdPatternsResolver, PatternHitResolver } from "./resolvers/pattern.resolver";
import { PersonResolver } from "./resolvers/person.resolver";
import { ViewerResolver } from "./resolvers/viewer.resolver";
import { CaseResolver } from "./resolvers/case.resolver";
import { HitChangeResolver } from "./resolvers/hit-change.resolver";
import {
  CaseChangeResolver, CaseConferenceResolver, CaseFieldsResolver, CaseloadEntryResolver, ConferenceProposalResolver, HouseholdCaseResolver,
  PatternHitCaseResolver, PlanActionResolver,
} from "./resolvers/case-fields.resolver";

export const RESOLVERS = [
  HouseholdResolver, PersonResolver, AgencyResolver, ProfessionalResolver, InterventionResolver, OutcomeResolver,
  EventResolver, MembershipResolver, CoordinatorResolver, ConsentResolver, TimelineEntryResolver, ImportResolver, MessagesResolver,
  PatternHitResolver, HouseholdPatternsResolver, EvidenceResolver, AgencyPatternCountResolver, AuditResolver, HitWorkResolver,
  AccountabilityResolver, PatternSummaryJudgementResolver, FairnessResolver, ViewerResolver, CaseResolver, CaseFieldsResolver, CaseChangeResolver,
  CaseConferenceResolver, PlanActionResolver, ConferenceProposalResolver, CaseloadEntryResolver, HouseholdCaseResolver, PatternHitCaseResolver, HitChangeResolver,
  AuditEventResolver, NodeResolver,
] as const;

/** What the documentation pane says of the root types; type-graphql has no option for their descriptions. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "What can be read. Every request needs `Authorization: Bearer <token>`; one that touches personal data also a purpose (`x-purpose`, or the " +
    "token's purpose claim), and is recorded in the audit trail. Fields that are not for every role name the roles that may use them.",
  Mutation:
    "Changes, each recorded in the audit trail. A mutation with one `input` answers a payload: what it changed, and userErrors naming the " +
    "input's fields it got wrong (then nothing was written). The older ones with flat arguments keep their form, each beside its twin with an " +
    "input: importDataset and importMessages report problems in their ImportResult, grantHousehold, revokeHousehold, runDetection and triageHit " +
    "as BAD_USER_INPUT errors. In both forms a refusal of the caller (UNAUTHENTICATED, FORBIDDEN, PURPOSE_REQUIRED) is an error, not a userError.",
  Subscription: "Updates pushed over graphql-ws on the same port, path /graphql, with `authorization` (and `x-purpose`) in the connection's payload.",
};

let schema: GraphQLSchema | undefined;

/** The code-first schema; schema/schema.graphql is its emitted, committed form. */
export function buildBehangrolSchema(): GraphQLSchema {
  // type-graphql wants a pub/sub for any subscription; ours reads from each server's run watcher (see hit-work.resolver.ts)
  schema ??= describeRoots(buildSchemaSync({ resolvers: [...RESOLVERS], validate: false, pubSub: createPubSub() }));
  return schema;
}

function describeRoots(built: GraphQLSchema): GraphQLSchema {
  for (const root of [built.getQueryType(), built.getMutationType(), built.getSubscriptionType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name] ?? null;
  }
  return built;
}
