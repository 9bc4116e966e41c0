import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Config } from "../config";
import { UnauthenticatedError } from "../errors";
import { Role, type Viewer } from "./viewer";

export interface TokenClaims {
  role: Role;
  user: string;
  name?: string;
  agency?: string;
  purpose?: string;
}

const ISSUER_DEV = "behangrol-dev";
const MAX_SUB = 200;
const MAX_PURPOSE = 300;

/**
 * A stated purpose, from the x-purpose header or the token: blank, invisible (zero-width, NUL) or
 * holding control characters is no purpose at all. A header
 * can carry only Latin-1, so text beyond it comes as RFC 8187 `utf-8''<percent-encoded>` ("cliënt").
 */
export function purposeOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = /^utf-8''/i.test(value) ? decodedOr(value.slice(7), value) : value;
  // words a person can read back in the audit trail: no control, format or separator characters (CR, LF, ESC, NUL,
  // zero-width, right-to-left override, U+2028), at least one letter or digit
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u.test(text) || !/[\p{L}\p{N}]/u.test(text)) return null;
  return text.trim().slice(0, MAX_PURPOSE);
}

function decodedOr(encoded: string, raw: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return raw; // not valid percent-encoding: kept as sent, still recorded
  }
}

/** Signs a development token with the shared secret (HS256). */
export async function signToken(secret: string, claims: TokenClaims, expiresIn = "8h", config?: Config): Promise<string> {
  const jwt = new SignJWT({ role: claims.role, name: claims.name, agency: claims.agency, purpose: claims.purpose })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.user)
    .setIssuedAt()
    .setIssuer(config?.auth.issuer ?? ISSUER_DEV)
    .setExpirationTime(expiresIn);
  if (config?.auth.audience) jwt.setAudience(config.auth.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** Who a token names, and until when (ms since the epoch): an open WebSocket closes then. */
export type Verify = (authorization: string | undefined) => Promise<Omit<Viewer, "purpose" | "origin"> & { purposeClaim: string | null; expiresAt?: number }>;

/** Verifies `Authorization: Bearer <jwt>` with the shared secret or the identity provider's JWKS. */
export function createVerifier(config: Config, jwtSecret: string | undefined): Verify {
  const jwks: JWTVerifyGetKey | undefined = config.auth.jwksUrl ? createRemoteJWKSet(new URL(config.auth.jwksUrl)) : undefined;
  const secret = jwtSecret ? new TextEncoder().encode(jwtSecret) : undefined;
  const checks = {
    ...(config.auth.issuer ? { issuer: config.auth.issuer } : secret && !jwks ? { issuer: ISSUER_DEV } : {}),
    ...(config.auth.audience ? { audience: config.auth.audience } : {}),
    requiredClaims: ["exp", "sub"],
  };
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match) throw new UnauthenticatedError("Sign in: send Authorization: Bearer <token>.");
    let payload: JWTPayload;
    try {
      payload = jwks
        ? (await jwtVerify(match[1] as string, jwks, checks)).payload
        : (await jwtVerify(match[1] as string, secret as Uint8Array, { ...checks, algorithms: ["HS256"] })).payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw UnauthenticatedError.tokenRefused("The token has expired; get a new one.");
      throw UnauthenticatedError.tokenRefused("The token is not valid.");
    }
    // the audit trail names the user by `sub`: it must be a real, bounded string
    if (typeof payload.sub !== "string" || !payload.sub.trim() || payload.sub.length > MAX_SUB) {
      throw UnauthenticatedError.tokenRefused("The token names no valid user (sub).");
    }
    const role = payload.role as Role;
    if (!Object.values(Role).includes(role)) throw UnauthenticatedError.tokenRefused("The token names no known role.");
    const agencyId = typeof payload.agency === "string" ? payload.agency : null;
    if (role === Role.AGENCY_WORKER && !agencyId) throw UnauthenticatedError.tokenRefused("An AGENCY_WORKER token must name its agency.");
    return {
      userId: payload.sub as string,
      name: typeof payload.name === "string" ? payload.name : null,
      role,
      agencyId,
      purposeClaim: purposeOf(payload.purpose),
      expiresAt: (payload.exp as number) * 1000, // required above
    };
  };
}
