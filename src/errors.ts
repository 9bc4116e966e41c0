import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/** What a client is told to wait before asking again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** Failures the caller cannot fix: a fixed code, a fixed message, no internals. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super("The database is not available right now; try again shortly.", {
      extensions: { code: "DATABASE_UNAVAILABLE", http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
    });
  }
}

/**
 * A transaction Neo4j refused for now (a deadlock, a lock it could not get), still refused after
 * the driver's retries: the database is there and the same work may well succeed when tried again.
 * No outage: the availability stays up, and a writer (the import) tries again with its own backoff.
 */
export class DatabaseConflictError extends GraphQLError {
  constructor(readonly databaseCode: string) {
    super("The database was busy with a conflicting change; try again.", {
      extensions: { code: "DATABASE_CONFLICT", http: { status: 503, headers: new HeaderMap([["retry-after", "1"]]) } },
    });
  }
}

export class InternalError extends GraphQLError {
  /** The database's error code, for code that can act on it (never shown to the caller). */
  readonly databaseCode: string | undefined;

  constructor(databaseCode?: string) {
    super("Something went wrong on our side; it has been logged.", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
    this.databaseCode = databaseCode;
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
  }
}

/** How to authenticate, on every 401 (RFC 9110 §11.6.1): a bearer token (RFC 6750 §3), for this API's realm. */
const CHALLENGE = 'Bearer realm="behangrol"';

/**
 * No, a bad or an expired token: the request stops here, with nothing else said. A token that was
 * sent and refused adds `error="invalid_token"` and the message as its description (RFC 6750 §3.1:
 * no error code when no token came); the messages are fixed sentences, never a part of the token.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string, challenge = CHALLENGE) {
    super(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: new HeaderMap([["www-authenticate", challenge]]) } } });
  }

  static tokenRefused(message: string): UnauthenticatedError {
    // a quoted-string holds no `"` or `\` (RFC 6750 §3); the messages have none, and this keeps it so
    const description = message.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "");
    return new UnauthenticatedError(message, `${CHALLENGE}, error="invalid_token", error_description="${description}"`);
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
  }
}

export class PurposeRequiredError extends GraphQLError {
  constructor() {
    super("State why you access personal data, in words (no control characters): send an x-purpose header (or a purpose claim in the token).", {
      extensions: { code: "PURPOSE_REQUIRED", http: { status: 400 } },
    });
  }
}

export class AuditFailedError extends GraphQLError {
  constructor() {
    super("This access could not be recorded in the audit trail, so it was refused; try again shortly.", {
      extensions: { code: "AUDIT_FAILED", http: { status: 503 } },
    });
  }
}
