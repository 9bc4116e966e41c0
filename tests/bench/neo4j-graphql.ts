/**
 * The same graph served by the official generated layer, @neo4j/graphql (no authorisation: its
 * advantage), for the side-by-side benchmark only (layers.ts). Type definitions follow the graph
 * the importer writes: labels, relationship types and directions, relationship properties.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { startNodeServer } from "../../src/cli/built-api";
import { loadConfig } from "../../src/config";

export const TYPE_DEFS = /* GraphQL */ `
  type Household @node {
    id: ID!
    neighbourhood: String
    members: [Person!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
    interventions: [Intervention!]! @relationship(type: "FOR", direction: IN)
    events: [Event!]! @relationship(type: "ABOUT", direction: IN)
    coordinators: [Professional!]! @relationship(type: "COORDINATES", direction: IN, properties: "Coordination")
  }
  type Membership @relationshipProperties { role: String!  from: Date!  to: Date }
  type Coordination @relationshipProperties { from: Date!  to: Date }
  type Person @node {
    id: ID!
    name: String
    birthYear: Int
    interventions: [Intervention!]! @relationship(type: "FOR", direction: IN)
    events: [Event!]! @relationship(type: "ABOUT", direction: IN)
  }
  type Agency @node { id: ID!  name: String!  kind: String! }
  type Professional @node { id: ID!  name: String  agency: [Agency!]! @relationship(type: "WORKS_AT", direction: OUT) }
  type Intervention @node {
    id: ID!
    domain: String!
    kind: String
    start: Date!
    end: Date
    endReason: String
    agency: [Agency!]! @relationship(type: "BY", direction: OUT)
    professional: [Professional!]! @relationship(type: "HANDLED_BY", direction: OUT)
    outcomes: [Outcome!]! @relationship(type: "OF", direction: IN)
  }
  type Outcome @node { id: ID!  date: Date!  result: String! }
  type Event @node { id: ID!  type: String!  date: Date!  domain: String  agency: [Agency!]! @relationship(type: "BY", direction: OUT) }
`;

/** A household's dossier as @neo4j/graphql serves it: direct help, and each member's help (it cannot say "while a member"). */
export const DOSSIER = /* GraphQL */ `query Dossier($id: ID!) {
  households(where: { id: { eq: $id } }) {
    id neighbourhood
    membersConnection { edges { properties { role from to } node { id name birthYear
      interventions { id domain kind start end endReason agency { id name } professional { id name } outcomes { date result } }
      events { id type date domain agency { id name } } } } }
    interventions { id domain kind start end endReason agency { id name } professional { id name } outcomes { date result } }
    events { id type date domain agency { id name } }
    coordinatorsConnection { edges { properties { from to } node { id name } } }
  }
}`;

/** Fifty households in id order with their (direct) help. */
export const LIST = /* GraphQL */ `query List {
  householdsConnection(first: 50, sort: [{ id: ASC }]) {
    totalCount
    edges { node { id neighbourhood interventions { id domain start end agency { id name } } } }
    pageInfo { endCursor }
  }
}`;

/** Serves @neo4j/graphql over the driver on a free loopback port; its URL and how to stop it. */
async function serve(driver: Driver): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

/**
 * Starts @neo4j/graphql as its own process, with the same Node flags as behangrol's API, on the
 * Neo4j of NEO4J_URI, as behangrol's API runs: served from the benchmark's own process, it shared
 * one thread with the load generator and the clients.
 */
export async function startNeo4jGraphQL(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { match, stop } = await startNodeServer(__filename, {}, /@neo4j\/graphql is ready at (\S+)/);
  return { url: match[1]!, stop };
}

if (require.main === module) {
  const config = loadConfig();
  if (!config.neo4j) throw new Error("set NEO4J_URI and NEO4J_PASSWORD");
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  void serve(driver).then(({ url, stop }) => {
    process.stdout.write(`@neo4j/graphql is ready at ${url}\n`);
    process.once("SIGTERM", () => void stop().then(() => driver.close()).then(() => process.exit(0)));
  });
}
