import { GraphQLClient, gql } from "graphql-request";

type Page = { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const HOUSEHOLDS = gql`
  query Households($neighbourhood: String, $after: String) {
    households(neighbourhood: $neighbourhood, first: 50, after: $after) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
    }
  }
`;

export function behangrolRequest(url: string, token: string, purpose: string): GraphQLClient {
  return new GraphQLClient(url, { headers: { authorization: `Bearer ${token}`, "x-purpose": purpose } });
}

/** Every household of a neighbourhood, page by page (at most 500 a page; cursors from the page before). */
export async function householdIds(client: GraphQLClient, neighbourhood: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { households: page }: { households: Page } = await client.request(HOUSEHOLDS, { neighbourhood, after });
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids;
}
