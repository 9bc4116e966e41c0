import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Null for roles that may not see names." })
  name!: string | null;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;
}
