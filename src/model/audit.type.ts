import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One recorded access to personal data (NEN 7513 fields), chained to the one before it." })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field(() => String, { description: "ISO 8601 date-time (UTC)." }) at!: string;
  @Field(() => String, { description: "read, search, create, update or import" }) action!: string;
  @Field(() => String, { description: "success, failure, or not_visible (a lookup by id found nothing the user may see)" }) outcome!: string;
  @Field(() => String) userId!: string;
  @Field(() => String, { nullable: true }) userName!: string | null;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: "The user's organisation." }) agencyId!: string | null;
  @Field(() => String, { nullable: true, description: "The client's address." }) origin!: string | null;
  @Field(() => String, { nullable: true, description: "The GraphQL operation's name." }) operation!: string | null;
  @Field(() => [String], { description: "Ids of the persons the answer touched." }) persons!: string[];
  @Field(() => [String], { description: "Ids of the households the answer touched." }) households!: string[];
  @Field(() => [String], { description: "Ids looked up in vain (\"Household:h-1\"): absent or not visible to the user. A probe shows here." })
  requested!: string[];
  @Field(() => [String], { description: "The open cases under which a case conference's participant saw these households." })
  cases!: string[];
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
}
