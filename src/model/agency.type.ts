import { Field, ID, ObjectType } from "type-graphql";
import { AgencyKind, Domain } from "./enums";

@ObjectType({ description: "An organisation that helps, signals or decides: a desk, a team, a school, the police." })
export class Agency {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgencyKind)
  kind!: string;

  @Field(() => [Domain])
  domains!: string[];
}
