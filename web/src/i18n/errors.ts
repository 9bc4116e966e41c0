import type { CombinedError } from "urql";
import type { Texts } from "./nl";

/**
 * What went wrong, in the page's language: the API's messages are English, so a known
 * extensions.code gets our own text, and anything else the general one; never the server's words.
 */
export function errorText(error: CombinedError | undefined, t: Texts): string {
  if (!error) return t.error;
  if (error.networkError && !error.graphQLErrors.length) return t.errors.NETWORK;
  const code = error.graphQLErrors.map((e) => e.extensions?.code).find((c): c is string => typeof c === "string");
  return (code && (t.errors as Record<string, string>)[code]) || t.error;
}
