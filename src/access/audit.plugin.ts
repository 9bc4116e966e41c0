import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLID, Kind, getArgumentValues, getNamedType, getNullableType, getVariableValues, isInputObjectType, isListType,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from "graphql";
import type { Context } from "../context";
import { AuditFailedError, DatabaseUnavailableError, ForbiddenError, PurposeRequiredError, RETRY_AFTER_SECONDS, UnauthenticatedError } from "../errors";
import { logger } from "../logger";
import { appendAudit, type AuditAction } from "./audit";
import { Role } from "./viewer";
import { fieldNames } from "../server/selection";

/** Root fields that touch no personal data: no purpose needed, nothing to record. */
const IMPERSONAL = new Set(["__schema", "__type", "__typename", "agencies", "agency", "detectionRuns", "detectionRunFinished", "algorithmRegister", "viewer", "neighbourhoods"]);
const INTROSPECTION = new Set(["__schema", "__type", "__typename"]);
// each older mutation with its twin that takes an input and answers userErrors: both are recorded alike
const UPDATES = new Set(["revokeHousehold", "revokeHouseholdAccess", "triageHit", "triagePatternHit", "runDetection", "startDetectionRun"]);
const IMPORTS = new Set(["importDataset", "importDelivery", "importMessages", "importStandardMessages"]);
const SEARCHES = new Set(["households", "interventions", "events", "patternHits", "patternSummary", "auditEvents", "personByBsn"]);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

function actionOf(operation: OperationDefinitionNode, fields: string[]): AuditAction {
  if (operation.operation === "mutation") {
    return fields.some((f) => IMPORTS.has(f)) ? "import" : fields.some((f) => UPDATES.has(f)) ? "update" : "create";
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

/** What an id argument may hold in an audit entry: printable, bounded. */
const clean = (value: string): string => value.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, "?").slice(0, 100);

/**
 * The ids a mutation's root fields are given, as graphql coerces them (defaults, variables, input
 * objects and fragments included; only arguments and input fields of type ID): `householdId` (and each
 * of `householdIds`) and `personId` name a household and a person, others go into `requested` ("id:…", "userId:…").
 */
export function idsNamed(schema: GraphQLSchema, operation: OperationDefinitionNode, document: DocumentNode, variables: Record<string, unknown>):
  { households: string[]; persons: string[]; requested: string[] } {
  const named = { households: new Set<string>(), persons: new Set<string>(), requested: new Set<string>() };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const mutation = schema.getMutationType();
  if (coerced.errors || !mutation) return { households: [], persons: [], requested: [] };
  const add = (name: string, value: string) => {
    if (name === "householdId" || name === "householdIds") named.households.add(clean(value));
    else if (name === "personId") named.persons.add(clean(value));
    else named.requested.add(`${name}:${clean(value)}`);
  };
  const walk = (name: string, type: GraphQLInputType, value: unknown, depth: number): void => {
    if (value === null || value === undefined || depth > 5) return;
    const t = getNullableType(type);
    if (isListType(t)) return void (Array.isArray(value) ? value : [value]).forEach((v) => walk(name, t.ofType, v, depth + 1));
    if (isInputObjectType(t)) return void Object.entries(t.getFields()).forEach(([k, f]) => walk(k, f.type, (value as Record<string, unknown>)[k], depth + 1));
    if (getNamedType(t) === GraphQLID && typeof value === "string") add(name, value);
  };
  for (const field of rootFields(operation.selectionSet, fragmentsOf(document))) {
    const definition = mutation.getFields()[field.name.value];
    if (!definition || IMPORTS.has(field.name.value)) continue; // a delivery names its own records, after the check
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, field, coerced.coerced);
    } catch {
      continue; // execution answers that with its own clear error
    }
    for (const arg of definition.args) walk(arg.name, arg.type, args[arg.name], 0);
  }
  const first = (set: Set<string>) => [...set].slice(0, 50);
  return { households: first(named.households), persons: first(named.persons), requested: first(named.requested) };
}

/** The root fields a selection set asks for, through its fragments too. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Before a mutation that touches personal data writes anything: an entry that it was started, by
 * whom, why, on which ids. If it cannot be committed the mutation does not run; if the entry of
 * its outcome then fails, the write is still on record. No write leaves the trail incomplete.
 */
export async function recordIntent(ctx: Context, schema: GraphQLSchema, operation: OperationDefinitionNode, document: DocumentNode, variables: Record<string, unknown>): Promise<void> {
  if (operation.operation !== "mutation" || !ctx.audit?.personal) return;
  try {
    await appendAudit(ctx.graph, {
      action: ctx.audit.action, outcome: "started", userId: ctx.viewer.userId, userName: ctx.viewer.name, role: ctx.viewer.role,
      purpose: ctx.viewer.purpose, agencyId: ctx.viewer.agencyId, origin: ctx.viewer.origin, operation: ctx.audit.operation,
      ...idsNamed(schema, operation, document, variables),
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
    cases: [...ctx.access.viaCases],
  };
  ctx.access.touchedPersons.clear();
  ctx.access.touchedHouseholds.clear();
  ctx.access.notVisible.clear();
  ctx.access.viaCases.clear();
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
      async didResolveOperation({ contextValue: ctx, operation, document }) {
        if (operation) admitOperation(ctx, operation, document);
      },
      // after every plugin admitted the operation (the cost check too: those hooks run side by side)
      async responseForOperation({ contextValue: ctx, operation, document, request, schema }) {
        try {
          await recordIntent(ctx, schema, operation, document, request.variables ?? {});
          return null;
        } catch (failed) {
          const error = failed as AuditFailedError | DatabaseUnavailableError;
          const headers = new HeaderMap(error instanceof DatabaseUnavailableError ? [["retry-after", String(RETRY_AFTER_SECONDS)]] : []);
          return { http: { status: 503, headers }, body: { kind: "single", singleResult: { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] } } };
        }
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
