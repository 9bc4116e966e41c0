import { Field, ID, Int, ObjectType } from "type-graphql";
import { OutcomeResult, ZrmDomain } from "./enums";
import { DateScalar } from "./scalars";
import { Node } from "./node.type";

@ObjectType({ description: "A Zelfredzaamheidsmatrix score: 1 acute problem to 5 fully self-sufficient." })
export class ZrmScore {
  @Field(() => ZrmDomain, { description: "The life domain scored." })
  domain!: string;

  @Field(() => Int, { description: "1 acute problem, 2 not self-sufficient, 3 limited, 4 sufficient, 5 fully self-sufficient." })
  score!: number;
}

@ObjectType({ implements: Node, description: "What an intervention achieved, with ZRM scores where measured. Not shown with another agency's help (detailsHidden)." })
export class Outcome {
  @Field(() => ID, { description: "The delivery's id; a stable pseudonym where it is seen in analyst form." })
  id!: string;

  @Field(() => DateScalar, { description: "The day it was recorded." })
  date!: string;

  @Field(() => OutcomeResult, { description: "Whether the help achieved its goal." })
  result!: string;

  interventionId!: string;
}
