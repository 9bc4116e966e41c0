import { Field, ID, Int, ObjectType } from "type-graphql";
import { OutcomeResult, ZrmDomain } from "./enums";
import { DateScalar } from "./scalars";

@ObjectType({ description: "A Zelfredzaamheidsmatrix score: 1 acute problem to 5 fully self-sufficient." })
export class ZrmScore {
  @Field(() => ZrmDomain)
  domain!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType({ description: "What an intervention achieved, with ZRM scores where measured." })
export class Outcome {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => OutcomeResult)
  result!: string;

  interventionId!: string;
}
