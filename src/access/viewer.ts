import { registerEnumType } from "type-graphql";

export enum Role {
  ADMIN = "ADMIN",
  COORDINATOR = "COORDINATOR",
  AGENCY_WORKER = "AGENCY_WORKER",
  ANALYST = "ANALYST",
}
registerEnumType(Role, { name: "Role" });

/** Who is asking, from a verified token: the only source of identity in a request. */
export interface Viewer {
  userId: string;
  name: string | null;
  role: Role;
  /** The agency an AGENCY_WORKER works for (and, when given, anyone else's organisation). */
  agencyId: string | null;
  /** Why: the x-purpose header or the token's purpose claim. */
  purpose: string | null;
  /** The client's address, for the audit trail. */
  origin: string | null;
  /** No token (development only): may introspect the schema and nothing else. */
  anonymous?: boolean;
}
