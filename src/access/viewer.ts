import { registerEnumType } from "type-graphql";

export enum Role {
  ADMIN = "ADMIN",
  COORDINATOR = "COORDINATOR",
  AGENCY_WORKER = "AGENCY_WORKER",
  ANALYST = "ANALYST",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a signed-in user may see and do (shared/api-contract.md, Roles).",
  valuesConfig: {
    ADMIN: { description: "Import, the audit log, grants, detection runs: everything, in full." },
    COORDINATOR: { description: "A regisseur: full detail of the households it coordinates or was granted (or whose open case's conference it took part in); pseudonyms elsewhere." },
    AGENCY_WORKER: { description: "A professional of one agency: its own agency's records; of other agencies only that they are involved." },
    ANALYST: { description: "Pseudonyms and aggregates, never names or free text." },
  },
});

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
