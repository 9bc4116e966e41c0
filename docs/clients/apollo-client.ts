import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from "@apollo/client";

type Household = { id: string; neighbourhood: string | null; members: { id: string; name: string | null }[] };

export const HOUSEHOLD: TypedDocumentNode<{ household: Household | null }, { id: string }> = gql`
  query Household($id: ID!) {
    household(id: $id) { id neighbourhood members { id name } }
  }
`;

/** One client per signed-in user: its cache holds what that user may see (clearStore() on signing out). */
export function behangrolApollo(url: string, token: string, purpose: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${token}`, "x-purpose": purpose } }),
    cache: new InMemoryCache(), // normalised: Household:<id>, Person:<id>
  });
}

export async function household(client: ApolloClient, id: string): Promise<Household | null> {
  const { data } = await client.query({ query: HOUSEHOLD, variables: { id } });
  return data?.household ?? null;
}
