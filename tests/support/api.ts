import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Graph } from "../../src/graph/gateway";
import { createApp } from "../../src/server/app";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  /** Runs a typed operation (tests/operations/*.graphql, typed by codegen). */
  run<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Runs raw GraphQL text (for what the typed documents cannot express, like invalid input). */
  raw(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** The real HTTP app on a free port, in-process, over the given gateway. */
export async function startApi(graph: Graph): Promise<TestApi> {
  const server = http.createServer();
  const { app, apollo } = await createApp({ graph, timeZone: "Europe/Amsterdam", httpServer: server });
  server.on("request", app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (query: string, variables?: unknown): Promise<any> => { // typed by the callers
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  return {
    url,
    run: (document, variables) => post(print(document), variables),
    raw: (query, variables) => post(query, variables),
    close: () => apollo.stop(),
  };
}
