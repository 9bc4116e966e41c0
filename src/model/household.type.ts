import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.type";

@ObjectType({ implements: Node, description: "A household: the unit the wallpaper roll is laid out for. ADMIN sees every household in full; a COORDINATOR those it coordinates or was granted, others as ANALYST does (pseudonyms, no names or free text); an AGENCY_WORKER only those its agency works with. Taking part in a conference of its open case shows a household in full too." })
export class Household {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where the household is seen in analyst form (ANALYST; a COORDINATOR outside its households)." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Where it lives, as the delivery names it; null when not given." })
  neighbourhood!: string | null;
}
