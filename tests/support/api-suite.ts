import type { Graph } from "../../src/graph/gateway";
import { startApi, type TestApi } from "./api";
import { testGraph } from "./graph";
import { removeByPrefix } from "./snapshot";

export interface ApiSuite {
  graph: Graph;
  api: TestApi;
  /** Raw GraphQL over HTTP (as ADMIN with a purpose unless said otherwise). */
  raw: TestApi["raw"];
  /** Removes what was written under this id prefix when the file's tests are done. */
  owns(prefix: string): void;
}

/** For a test file: the real HTTP app over the run's Neo4j, and the data its tests wrote removed afterwards. */
export function apiSuite(): ApiSuite {
  const prefixes: string[] = [];
  const suite = { owns: (prefix: string) => void prefixes.push(prefix), raw: (...args) => suite.api.raw(...args) } as ApiSuite;
  beforeAll(async () => {
    suite.graph = testGraph();
    suite.api = await startApi(suite.graph);
  });
  afterAll(async () => {
    await suite.api?.close();
    for (const p of prefixes) await removeByPrefix(suite.graph, p);
    await suite.graph?.close();
  });
  return suite;
}

type Answer = Awaited<ReturnType<TestApi["raw"]>>;

/** The code of an answer's first error (FORBIDDEN, BAD_USER_INPUT, ...). */
export const codeOf = (res: Answer) => res.errors?.[0]?.extensions?.code;

/** An answer's data under a root field; fails the test on any error. */
export const dataOf = <T>(res: Answer, key: string): T => {
  expect(res.errors).toBeUndefined();
  return res.data?.[key] as T;
};
