import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "A person, member of one household or more over time. ADMIN sees everyone in full, ANALYST everyone under pseudonyms without names; others as well as the best of the person's households (an agency also the persons its own records are about)." })
export class Person {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where the person is seen in analyst form." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Null for roles that may not see names." })
  name!: string | null;

  @Field(() => Int, { nullable: true, description: "Year of birth; null when not delivered." })
  birthYear!: number | null;
}
