import { GraphQLError } from "graphql";

/** Failures the caller cannot fix: a fixed code, a fixed message, no internals. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super("The database is not available right now; try again shortly.", {
      extensions: { code: "DATABASE_UNAVAILABLE", http: { status: 503 } },
    });
  }
}

export class InternalError extends GraphQLError {
  constructor() {
    super("Something went wrong on our side; it has been logged.", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
  }
}
