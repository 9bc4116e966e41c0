import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "A professional working at one agency. Without name and under a pseudonym for ANALYST, and where the record that names them is seen in analyst form." })
export class Professional {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where it is seen in analyst form." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Null for roles that may not see names." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The job title, as delivered (e.g. \"consulent\"); null when not given." })
  role!: string | null;

  agencyId!: string;
}
