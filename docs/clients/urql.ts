import { Client, cacheExchange, fetchExchange, gql } from "@urql/core";

type Entry = { date: string; kind: string; summary: string };

const TIMELINE = gql<{ household: { timeline: Entry[] } | null }, { id: string; from: string }>`
  query Timeline($id: ID!, $from: Date) {
    household(id: $id) { timeline(from: $from) { date kind summary } }
  }
`;

/** urql's defaults: a small query goes as GET, accepted because it carries the token. */
export function behangrolUrql(url: string, token: string, purpose: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { headers: { authorization: `Bearer ${token}`, "x-purpose": purpose } },
  });
}

export async function timeline(client: Client, id: string, from: string): Promise<Entry[]> {
  const { data, error } = await client.query(TIMELINE, { id, from }).toPromise();
  if (error) throw error;
  return data?.household?.timeline ?? [];
}
