import { Field, ID, Int, ObjectType } from "type-graphql";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from "../access/audit";
import { Role } from "../access/viewer";
import { DateTimeScalar } from "./scalars";
import "./vocabulary.enums";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "One recorded access to personal data (NEN 7513 fields), chained to the one before it. ADMIN only." })
export class AuditEvent {
  @Field(() => ID, { description: "The entry's own id." }) id!: string;
  @Field(() => Int, { description: "Its place in the chain: one more than the entry before it." }) seq!: number;
  @Field(() => DateTimeScalar, { description: "When." }) at!: string;
  @Field(() => AUDIT_ACTIONS, { description: "What the access did." }) action!: AuditAction;
  @Field(() => AUDIT_OUTCOMES, { description: "How it ended." }) outcome!: AuditOutcome;
  @Field(() => String, { description: "Who: the user id of the verified token." }) userId!: string;
  @Field(() => String, { nullable: true, description: "The user's name from the token; null when it gave none." }) userName!: string | null;
  @Field(() => Role, { description: "The user's role." }) role!: string;
  @Field(() => String, { nullable: true, description: "Why: the stated purpose (x-purpose, or the token's claim)." }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: "The user's organisation." }) agencyId!: string | null;
  @Field(() => String, { nullable: true, description: "The client's address." }) origin!: string | null;
  @Field(() => String, { nullable: true, description: "The GraphQL operation's name; null for an unnamed operation." }) operation!: string | null;
  @Field(() => [String], { description: "Ids of the persons the answer touched, as recorded (see touchedPersons for the persons)." }) persons!: string[];
  @Field(() => [String], { description: "Ids of the households the answer touched, as recorded (see touchedHouseholds for the households)." }) households!: string[];
  @Field(() => [String], { description: "Ids looked up in vain (\"Household:h-1\"): absent or not visible to the user. A probe shows here." })
  requested!: string[];
  @Field(() => [String], { description: "The open cases under which a case conference's participant saw these households." })
  cases!: string[];
  @Field(() => String, { description: "The hash of the entry before it (the chain: a changed or removed entry breaks it)." }) prevHash!: string;
  @Field(() => String, { description: "This entry's SHA-256 hash, over its fields in a fixed order, prevHash among them." }) hash!: string;
}
