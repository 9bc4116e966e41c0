import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { loadConfig } from "../../src/config";
import type { Role } from "../../src/access/viewer";
import type { Graph } from "../../src/graph/gateway";
import { createApp } from "../../src/server/app";
import { appSettings } from "../../src/server/settings";
import { ADMIN, TEST_PSEUDONYM_KEY, TEST_SECRET, tokenFor, type As } from "./tokens";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  /** Runs a typed operation (tests/operations/*.graphql, typed by codegen), as ADMIN with a purpose unless said otherwise. */
  run<T, V>(document: TypedDocumentNode<T, V>, variables?: V, as?: As): Promise<GraphQLResponse<T>>;
  /** Runs raw GraphQL text (for what the typed documents cannot express, like invalid input). */
  raw(query: string, variables?: Record<string, unknown>, as?: As): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** The raw HTTP response, with the headers given (no token unless passed). */
  http(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The real HTTP app on a free port, in-process, over the given gateway, verifying tokens signed with TEST_SECRET. */
export async function startApi(
  graph: Graph, env: Record<string, string> = {}, playgroundHeaders?: Record<string, string>, developmentTokens?: Record<Role, string>,
): Promise<TestApi> {
  const server = http.createServer();
  const config = loadConfig({ AUTH_JWT_SECRET: TEST_SECRET, PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, ...env });
  const settings = appSettings(config, { jwtSecret: TEST_SECRET, pseudonymKey: TEST_PSEUDONYM_KEY }, playgroundHeaders, developmentTokens);
  const { app, apollo } = await createApp(graph, server, { ...settings, timeZone: "Europe/Amsterdam" });
  server.on("request", app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify(body),
    });
  const post = async (query: string, variables: unknown, as: As = ADMIN): Promise<any> => { // typed by the callers
    const purpose = as.purpose === undefined ? "testing" : as.purpose;
    const res = await send({ query, variables }, {
      authorization: `Bearer ${await tokenFor(as)}`,
      ...(purpose ? { "x-purpose": purpose } : {}),
    });
    return res.json();
  };
  return {
    url,
    run: (document, variables, as) => post(print(document), variables, as),
    raw: (query, variables, as) => post(query, variables, as),
    http: send,
    close: () => apollo.stop(),
  };
}
