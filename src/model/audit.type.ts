import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One recorded access to personal data (NEN 7513 fields), chained to the one before it. ADMIN only." })
export class AuditEvent {
  @Field(() => ID, { description: "The entry's own id." }) id!: string;
  @Field(() => Int, { description: "Its place in the chain: one more than the entry before it." }) seq!: number;
  @Field(() => String, { description: "ISO 8601 date-time (UTC)." }) at!: string;
  @Field(() => String, { description: "read, search, create, update, import, or retention (old data removed by `npm run retention`)." }) action!: string;
  @Field(() => String, { description: "success, failure, not_visible (a lookup by id found nothing the user may see), or started (a mutation about to write; its outcome follows in its own entry)." }) outcome!: string;
  @Field(() => String, { description: "Who: the user id of the verified token." }) userId!: string;
  @Field(() => String, { nullable: true, description: "The user's name from the token; null when it gave none." }) userName!: string | null;
  @Field(() => String, { description: "The user's role: ADMIN, COORDINATOR, AGENCY_WORKER or ANALYST." }) role!: string;
  @Field(() => String, { nullable: true, description: "Why: the stated purpose (x-purpose, or the token's claim)." }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: "The user's organisation." }) agencyId!: string | null;
  @Field(() => String, { nullable: true, description: "The client's address." }) origin!: string | null;
  @Field(() => String, { nullable: true, description: "The GraphQL operation's name; null for an unnamed operation." }) operation!: string | null;
  @Field(() => [String], { description: "Ids of the persons the answer touched." }) persons!: string[];
  @Field(() => [String], { description: "Ids of the households the answer touched." }) households!: string[];
  @Field(() => [String], { description: "Ids looked up in vain (\"Household:h-1\"): absent or not visible to the user. A probe shows here." })
  requested!: string[];
  @Field(() => [String], { description: "The open cases under which a case conference's participant saw these households." })
  cases!: string[];
  @Field(() => String, { description: "The hash of the entry before it (the chain: a changed or removed entry breaks it)." }) prevHash!: string;
  @Field(() => String, { description: "This entry's SHA-256 hash, over its fields in a fixed order, prevHash among them." }) hash!: string;
}
