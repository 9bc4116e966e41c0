import { signToken, type TokenClaims } from "../../src/access/tokens";
import { Role } from "../../src/access/viewer";

/** The shared secret the test server verifies tokens with. */
export const TEST_SECRET = "test-secret-of-at-least-thirty-two-characters";
export const TEST_PSEUDONYM_KEY = "test-pseudonym-key-of-at-least-32-characters";

export interface As {
  role: Role;
  user?: string;
  agency?: string;
  purpose?: string | null;
}

/** A token for a role (ADMIN unless said otherwise). */
export function tokenFor(as: As): Promise<string> {
  const claims: TokenClaims = { role: as.role, user: as.user ?? `test-${as.role.toLowerCase()}` };
  if (as.agency) claims.agency = as.agency;
  return signToken(TEST_SECRET, claims, "1h");
}

export const ADMIN: As = { role: Role.ADMIN };
