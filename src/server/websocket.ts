import type { Server } from "node:http";
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { admitOperation, recordAccess } from "../access/audit.plugin";
import type { Verify } from "../access/tokens";
import type { Context } from "../context";
import { logger } from "../logger";
import { refuseCostly } from "./cost";
import { LIMITS, MAX_TOKENS } from "./limits";
import { heldToTrusted, notTrustedError, type TrustedDocuments } from "./trusted-documents";

type Identity = Awaited<ReturnType<Verify>>;
export type ContextFor = (identity: Identity, purposeGiven: unknown, origin: string | null) => Context;

/** Subscriptions one connection may hold at once. */
export const MAX_SUBSCRIPTIONS = 10;
/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * GraphQL subscriptions over graphql-ws, on the same port and path as HTTP (/graphql), and nothing
 * else: queries and mutations go over HTTP. The same token rules: the connection's init payload
 * carries `authorization` (and may carry `x-purpose`); without a valid token the connection is
 * refused (4403) and counted like a 401, and it is closed (4401) the moment its token expires.
 * Every subscription passes the steps an HTTP operation passes (limits, cost, purpose), and every
 * event that shows personal data is recorded in the audit trail before it is sent.
 */
export function serveSubscriptions(
  httpServer: Server, schema: GraphQLSchema, verify: Verify, contextFor: ContextFor, maxMessageBytes: number,
  trusted: { production: boolean; documents: TrustedDocuments },
): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: maxMessageBytes });
  const identities = new WeakMap<object, Identity>();
  const expiries = new WeakMap<object, NodeJS.Timeout>();
  const refuse = (message: string) => [new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })];
  const cleanup = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: import("node:http").IncomingMessage }>({
    schema,
    onConnect: async (ctx) => {
      try {
        const identity = await verify(typeof ctx.connectionParams?.authorization === "string" ? ctx.connectionParams.authorization : undefined);
        identities.set(ctx.extra, identity);
        if (identity.expiresAt !== undefined) closeAt(identity.expiresAt, ctx.extra.socket, (timer) => expiries.set(ctx.extra, timer));
        return true;
      } catch {
        logger.warn({ origin: ctx.extra.request.socket.remoteAddress ?? "unknown", channel: "websocket" }, "unauthenticated request refused");
        return false;
      }
    },
    onClose: (ctx) => clearTimeout(expiries.get(ctx.extra)),
    onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
      const identity = identities.get(ctx.extra) as Identity;
      if (identity.expiresAt !== undefined && identity.expiresAt <= Date.now()) {
        ctx.extra.socket.close(CloseCode.Unauthorized, "The token has expired");
        return refuse("The token has expired; get a new one.");
      }
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS) return refuse(`At most ${MAX_SUBSCRIPTIONS} subscriptions a connection.`);
      // a role held to the workspace's own operations: nothing else is read (trusted-documents.ts)
      if (heldToTrusted(trusted.production, identity.role) && !trusted.documents.has(payload.query)) return [notTrustedError()];
      let document;
      try {
        document = parse(payload.query, { maxTokens: MAX_TOKENS });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError("The operation could not be read.")];
      }
      // the kind first: a query sent here is not even validated (its errors would describe the schema)
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return refuse("Name the operation to run.");
      if (operation.operation !== "subscription") {
        return refuse("Only subscriptions go over the WebSocket: send queries and mutations to POST /graphql.");
      }
      const invalid = validate(schema, document, [...specifiedRules, ...LIMITS]);
      if (invalid.length) return invalid.map((e) => new GraphQLError(e.message.replace(/ ?Did you mean .*$/, ""), { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
      const contextValue = contextFor(identity, ctx.connectionParams?.["x-purpose"], ctx.extra.request.socket.remoteAddress ?? null);
      try {
        refuseCostly(schema, document, payload.variables ?? {}, payload.operationName);
        admitOperation(contextValue, operation, document);
      } catch (error) {
        return [error as GraphQLError];
      }
      return { schema, document, contextValue, ...(payload.operationName ? { operationName: payload.operationName } : {}), ...(payload.variables ? { variableValues: payload.variables } : {}) };
    },
    onNext: async (_ctx, _id, _payload, args, result) => {
      try {
        await recordAccess(args.contextValue as Context, Boolean(result.errors?.length));
        return undefined;
      } catch (failed) {
        // no event leaves without its entry
        const error = failed as GraphQLError;
        return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
      }
    },
  }, wss);
  // graphql-ws prints a socket's error with its stack to the console (an oversized message, a broken frame: what a
  // client sent): the log says only which kind it was, and ws has already closed the socket (1009, 1002)
  wss.on("connection", (socket) => {
    socket.removeAllListeners("error");
    socket.on("error", (error: Error & { code?: string }) => {
      logger.warn({ code: typeof error.code === "string" ? error.code : "unknown", channel: "websocket" }, "websocket closed on a bad message");
      if (socket.readyState === socket.OPEN) socket.close(CloseCode.BadRequest, "Bad message");
    });
  });
  return { dispose: async () => void (await cleanup.dispose()) };
}

/** Closes the socket with 4401 when its token expires (in steps, for a far expiry). */
function closeAt(expiresAt: number, socket: WebSocket, keep: (timer: NodeJS.Timeout) => void): void {
  const wait = expiresAt - Date.now();
  if (wait <= 0) return void socket.close(CloseCode.Unauthorized, "The token has expired");
  const timer = setTimeout(() => closeAt(expiresAt, socket, keep), Math.min(wait, MAX_DELAY));
  timer.unref();
  keep(timer);
}
