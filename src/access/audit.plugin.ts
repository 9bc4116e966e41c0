import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type ValueNode } from "graphql";
import type { Context } from "../context";
import { AuditFailedError, DatabaseUnavailableError, ForbiddenError, PurposeRequiredError, RETRY_AFTER_SECONDS, UnauthenticatedError } from "../errors";
import { logger } from "../logger";
import { appendAudit, type AuditAction } from "./audit";
import { Role } from "./viewer";
import { fieldNames } from "../server/selection";

/** Root fields that touch no personal data: no purpose needed, nothing to record. */
const IMPERSONAL = new Set(["__schema", "__type", "__typename", "agencies", "agency", "detectionRuns", "detectionRunFinished", "algorithmRegister", "viewer"]);
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
 * The first step of every operation, on every transport (HTTP and the WebSocket): who may run it,
 * whether it touches personal data, and then a stated purpose is required. Throws the refusal;
 * otherwise notes on the context how the operation is to be recorded.
 */
export function admitOperation(ctx: Context, operation: OperationDefinitionNode, document: DocumentNode): void {
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
}

/** The ids a mutation's arguments name (`householdId: "h-1"` as "householdId:h-1"), from literals and variables, inputs too. */
export function idsNamed(operation: OperationDefinitionNode, variables: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const fromValue = (name: string, value: unknown): void => {
    if (typeof value === "string" && /(^id|Id)$/.test(name)) found.add(`${name}:${value.slice(0, 100)}`);
    else if (Array.isArray(value)) value.forEach((v) => fromValue(name, v));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) fromValue(k, v);
  };
  const fromNode = (name: string, node: ValueNode): void => {
    if (node.kind === Kind.VARIABLE) fromValue(name, variables[node.name.value]);
    else if (node.kind === Kind.STRING) fromValue(name, node.value);
    else if (node.kind === Kind.LIST) node.values.forEach((v) => fromNode(name, v));
    else if (node.kind === Kind.OBJECT) node.fields.forEach((f) => fromNode(f.name.value, f.value));
  };
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === "importDataset") continue; // a delivery names its own records, after the check
    for (const argument of selection.arguments ?? []) fromNode(argument.name.value, argument.value);
  }
  return [...found].slice(0, 50);
}

/**
 * Before a mutation that touches personal data writes anything: an entry that it was started, by
 * whom, why, on which ids. If it cannot be committed the mutation does not run; if the entry of
 * its outcome then fails, the write is still on record. No write leaves the trail incomplete.
 */
export async function recordIntent(ctx: Context, operation: OperationDefinitionNode, variables: Record<string, unknown>): Promise<void> {
  if (operation.operation !== "mutation" || !ctx.audit?.personal) return;
  try {
    await appendAudit(ctx.graph, {
      action: ctx.audit.action, outcome: "started", userId: ctx.viewer.userId, userName: ctx.viewer.name, role: ctx.viewer.role,
      purpose: ctx.viewer.purpose, agencyId: ctx.viewer.agencyId, origin: ctx.viewer.origin, operation: ctx.audit.operation,
      persons: [], households: [], requested: idsNamed(operation, variables),
    });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.name : "unknown" }, "audit append failed");
    throw error instanceof DatabaseUnavailableError ? error : new AuditFailedError();
  }
}

/**
 * The last step of every operation that touched personal data, before its answer leaves: one audit
 * entry of who, what, why and whom. Rejects when the entry could not be committed (the caller then
 * sends no answer but the refusal). What was touched is taken, so a subscription's next event is
 * recorded with what it showed.
 */
export async function recordAccess(ctx: Context, failed: boolean): Promise<void> {
  if (!ctx.audit?.personal) return;
  const entry = {
    action: ctx.audit.action,
    outcome: failed ? "failure" as const : ctx.access.notVisible.size ? "not_visible" as const : "success" as const,
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
  };
  ctx.access.touchedPersons.clear();
  ctx.access.touchedHouseholds.clear();
  ctx.access.notVisible.clear();
  try {
    await appendAudit(ctx.graph, entry);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.name : "unknown" }, "audit append failed");
    throw error instanceof DatabaseUnavailableError ? error : new AuditFailedError();
  }
}

/**
 * Purpose and audit trail over HTTP: an operation that touches personal data needs a stated
 * purpose, and is recorded before its answer leaves. If recording fails, the answer is replaced by
 * an error: no unrecorded access.
 */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: ctx, operation, document, request }) {
        if (!operation) return;
        admitOperation(ctx, operation, document);
        await recordIntent(ctx, operation, request.variables ?? {});
      },
      async willSendResponse({ contextValue: ctx, response, errors }) {
        const body = response.body.kind === "single" ? response.body.singleResult : undefined;
        try {
          await recordAccess(ctx, Boolean(errors?.length || body?.errors?.length));
        } catch (failed) {
          if (response.body.kind === "single" && (failed instanceof DatabaseUnavailableError || failed instanceof AuditFailedError)) {
            // no answer leaves without its entry: the answer is replaced, saying why
            response.body.singleResult = { errors: [{ message: failed.message, extensions: { code: failed.extensions.code } }] };
            response.http.status = 503;
            if (failed instanceof DatabaseUnavailableError) response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        }
      },
    };
  },
};
