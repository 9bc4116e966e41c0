import { persistedExchange } from "@urql/exchange-persisted";
import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";
import { session } from "../session/storage";

/**
 * The one GraphQL client: the same origin's /graphql, with the token and purpose of this tab's
 * session on every request. A refused token ends the session (onUnauthenticated).
 */
export function createClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      cacheExchange,
      // every operation goes by its hash alone: the trusted documents codegen wrote (codegen.yml), which in
      // production are all a coordinator or agency worker may run (src/server/trusted-documents.ts)
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? "",
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = session.token();
      const purpose = session.purpose();
      return {
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          // header values are Latin-1: a purpose with other characters travels as RFC 8187 utf-8'' encoding
          ...(purpose ? { "x-purpose": headerSafe(purpose) } : {}),
        },
      };
    },
  });
}

function headerSafe(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) && !/^utf-8''/i.test(text) ? text : `utf-8''${encodeURIComponent(text)}`;
}
