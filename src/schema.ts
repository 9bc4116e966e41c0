import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchemaSync } from "type-graphql";
import { AccountabilityResolver, PatternSummaryJudgementResolver } from "./resolvers/accountability.resolver";
import { FairnessResolver } from "./resolvers/fairness.resolver";
import { AgencyResolver, ProfessionalResolver } from "./resolvers/agency.resolver";
import { AuditResolver } from "./resolvers/audit.resolver";
import { EventResolver } from "./resolvers/event.resolver";
import { HitWorkResolver } from "./resolvers/hit-work.resolver";
import { HouseholdResolver } from "./resolvers/household.resolver";
import { ImportResolver } from "./resolvers/import.resolver";
import { MessagesResolver } from "./resolvers/messages.resolver";
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
] as const;

let schema: GraphQLSchema | undefined;

/** The code-first schema; schema/schema.graphql is its emitted, committed form. */
export function buildBehangrolSchema(): GraphQLSchema {
  // type-graphql wants a pub/sub for any subscription; ours reads from each server's run watcher (see hit-work.resolver.ts)
  schema ??= buildSchemaSync({ resolvers: [...RESOLVERS], validate: false, pubSub: createPubSub() });
  return schema;
}
