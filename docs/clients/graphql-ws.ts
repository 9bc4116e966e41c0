import { CloseCode, createClient, type Client } from "graphql-ws";
import WebSocket from "ws"; // Node 20 only: browsers and Node 22 have a WebSocket of their own

type Run = { seq: number; hits: number; new: number };

/** Closes after which the same token will not do: 4403 refused, 4401 expired. */
const FINAL: number[] = [CloseCode.Forbidden, CloseCode.Unauthorized];
const closedFinally = (event: unknown) => typeof event === "object" && event !== null && "code" in event && FINAL.includes(event.code as number);

/** `token` is asked on every connection, so a reconnection signs in with a fresh one. */
export function behangrolSubscriptions(url: string, token: () => Promise<string>): Client {
  return createClient({
    url, // ws://host:4000/graphql (wss:// behind TLS)
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ authorization: `Bearer ${await token()}` }),
    retryAttempts: 5,
    shouldRetry: (event) => !closedFinally(event),
  });
}

/** Calls onRun for every detection run that finishes; the function returned unsubscribes. */
export function onDetectionRunFinished(client: Client, onRun: (run: Run) => void, onError: (error: unknown) => void): () => void {
  return client.subscribe<{ detectionRunFinished: Run }>(
    { query: "subscription DetectionRunFinished { detectionRunFinished { seq hits new } }" },
    { next: ({ data }) => data && onRun(data.detectionRunFinished), error: onError, complete: () => undefined },
  );
}
