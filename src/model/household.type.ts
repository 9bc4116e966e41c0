import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A household: the unit the wallpaper roll is laid out for." })
export class Household {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  neighbourhood!: string | null;
}
