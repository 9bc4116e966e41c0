import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "../access/viewer";

@ObjectType("SignedIn", { description: "Who is asking, as the verified token says: what a client shows in its header and decides its pages by." })
export class SignedIn {
  @Field(() => ID, { description: "The user and role, for a client's cache: `SignedIn:<role>:<userId>`." })
  id!: string;

  @Field(() => String, { description: "The user id the token names." })
  userId!: string;

  @Field(() => String, { nullable: true, description: "The user's name from the token; null when it gives none." })
  name!: string | null;

  @Field(() => Role, { description: "The role the token grants: it decides what the user may see." })
  role!: Role;

  @Field(() => String, { nullable: true, description: "The stated purpose of this request (x-purpose, or the token's claim)." })
  purpose!: string | null;

  agencyId!: string | null;
}
