import type { Client } from "graphql-ws";

export type SocketMessage = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** One operation sent as a graphql-ws `subscribe` message: everything the socket answers with, until it completes or fails. */
export function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ next: SocketMessage[]; error?: unknown }> {
  return new Promise((resolve) => {
    const next: SocketMessage[] = [];
    client.subscribe({ query, ...(variables ? { variables } : {}) }, {
      next: (m) => void next.push(m as SocketMessage),
      error: (error) => resolve({ next, error }),
      complete: () => resolve({ next }),
    });
  });
}

/** The API's WebSocket address for its HTTP base address. */
export const socketUrl = (base: string): string => base.replace(/^http/, "ws") + "/graphql";
