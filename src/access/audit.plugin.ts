import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import type { Context } from "../context";
import { AuditFailedError, DatabaseUnavailableError, ForbiddenError, PurposeRequiredError, RETRY_AFTER_SECONDS, UnauthenticatedError } from "../errors";
import { logger } from "../logger";
import { appendAudit, type AuditAction } from "./audit";
import { Role } from "./viewer";
import { fieldNames } from "../server/selection";

/** Root fields that touch no personal data: no purpose needed, nothing to record. */
const IMPERSONAL = new Set(["__schema", "__type", "__typename", "agencies", "agency", "detectionRuns", "algorithmRegister", "viewer"]);
const INTROSPECTION = new Set(["__schema", "__type", "__typename"]);
const UPDATES = new Set(["revokeHousehold", "triageHit", "runDetection"]);
const SEARCHES = new Set(["households", "interventions", "events", "patternHits", "patternSummary", "auditEvents"]);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

function actionOf(operation: OperationDefinitionNode, fields: string[]): AuditAction {
  if (operation.operation === "mutation") {
    return fields.includes("importDataset") ? "import" : fields.some((f) => UPDATES.has(f)) ? "update" : "create";
  }
  return fields.some((f) => SEARCHES.has(f)) ? "search" : "read";
}

/**
 * Purpose and audit trail: an operation that touches personal data needs a stated purpose, and is
 * recorded (who, what, why, which persons and households) before its answer leaves. If recording
 * fails, the answer is replaced by an error: no unrecorded access.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: ctx, operation, document }) {
        if (!operation) return;
        const fields = fieldNames(operation.selectionSet, fragmentsOf(document));
        if (ctx.viewer.anonymous && fields.some((f) => !INTROSPECTION.has(f))) {
          throw new UnauthenticatedError("Sign in: send Authorization: Bearer <token>.");
        }
        const introspection = fields.some((f) => f === "__schema" || f === "__type");
        if (introspection && ctx.production && ![Role.ADMIN, Role.ANALYST].includes(ctx.viewer.role)) {
          throw new ForbiddenError("Introspection is for ADMIN and ANALYST in production.");
        }
        const personal = fields.some((f) => !IMPERSONAL.has(f));
        ctx.audit = { personal, action: actionOf(operation, fields), operation: operation.name?.value ?? null };
        if (personal && !ctx.viewer.purpose) throw new PurposeRequiredError();
      },
      async willSendResponse({ contextValue: ctx, response, errors }) {
        if (!ctx.audit?.personal) return;
        const body = response.body.kind === "single" ? response.body.singleResult : undefined;
        try {
          await appendAudit(ctx.graph, {
            action: ctx.audit.action,
            outcome: errors?.length || body?.errors?.length ? "failure" : ctx.access.notVisible.size ? "not_visible" : "success",
            userId: ctx.viewer.userId,
            userName: ctx.viewer.name,
            role: ctx.viewer.role,
            purpose: ctx.viewer.purpose,
            agencyId: ctx.viewer.agencyId,
            origin: ctx.viewer.origin,
            operation: ctx.audit.operation,
            persons: [...ctx.access.touchedPersons],
            households: [...ctx.access.touchedHouseholds],
            requested: [...ctx.access.notVisible],
          });
        } catch (error) {
          logger.error({ err: error instanceof Error ? error.name : "unknown" }, "audit append failed");
          if (response.body.kind === "single") {
            // no answer leaves without its entry: the answer is replaced, saying why
            const failed = error instanceof DatabaseUnavailableError ? error : new AuditFailedError();
            response.body.singleResult = { errors: [{ message: failed.message, extensions: { code: failed.extensions.code } }] };
            response.http.status = 503;
            if (failed instanceof DatabaseUnavailableError) response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        }
      },
    };
  },
};
