import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A professional working at one agency." })
export class Professional {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Null for roles that may not see names." })
  name!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;

  agencyId!: string;
}
