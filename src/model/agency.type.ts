import { Field, ID, ObjectType } from "type-graphql";
import { AgencyKind, Domain } from "./enums";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "An organisation that helps, signals or decides: a desk, a team, a school, the police. Public: every signed-in role sees agencies in full." })
export class Agency {
  @Field(() => ID, { description: "The delivery's id (agencies have no pseudonym)." })
  id!: string;

  @Field(() => String, { description: "Its name, as delivered." })
  name!: string;

  @Field(() => AgencyKind, { description: "What kind of organisation it is." })
  kind!: string;

  @Field(() => [Domain], { description: "The domains it works in." })
  domains!: string[];
}
