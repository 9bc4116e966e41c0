import { UserManager } from "oidc-client-ts";

export interface OidcOptions { issuer: string; clientId: string; scope: string }

/** Authorization code with PKCE at the municipality's identity provider; its state lives in sessionStorage. */
export function userManager(options: OidcOptions): UserManager {
  return new UserManager({
    authority: options.issuer,
    client_id: options.clientId,
    scope: options.scope,
    redirect_uri: `${window.location.origin}/auth/callback`,
    response_type: "code",
    automaticSilentRenew: false,
  });
}
