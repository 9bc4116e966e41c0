import type { Server } from "node:http";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Verify } from "../access/tokens";
import type { Context } from "../context";
import { logger } from "../logger";

type Identity = Awaited<ReturnType<Verify>>;
export type ContextFor = (identity: Identity, purposeGiven: unknown, origin: string | null) => Context;

/**
 * GraphQL subscriptions over graphql-ws, on the same port and path as HTTP (/graphql). The same
 * token rules: the connection's init payload carries `authorization` (and may carry `x-purpose`);
 * without a valid token the connection is refused (4403) and counted like a 401.
 */
export function serveSubscriptions(httpServer: Server, schema: GraphQLSchema, verify: Verify, contextFor: ContextFor): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const identities = new WeakMap<object, Identity>();
  const cleanup = useServer<Record<string, unknown> | undefined>({
    schema,
    onConnect: async (ctx) => {
      try {
        identities.set(ctx.extra, await verify(typeof ctx.connectionParams?.authorization === "string" ? ctx.connectionParams.authorization : undefined));
        return true;
      } catch {
        logger.warn({ origin: ctx.extra.request.socket.remoteAddress ?? "unknown", channel: "websocket" }, "unauthenticated request refused");
        return false;
      }
    },
    context: (ctx) => contextFor(identities.get(ctx.extra) as Identity, ctx.connectionParams?.["x-purpose"], ctx.extra.request.socket.remoteAddress ?? null),
  }, wss);
  return { dispose: async () => void (await cleanup.dispose()) };
}
