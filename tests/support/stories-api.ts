import type { Graph } from "../../src/graph/gateway";
import { loadStoriesAndDetect } from "../../seeds/load-stories";
import { startApi, type TestApi } from "./api";
import { TODAY, testGraph } from "./graph";

/** For a test file about the seed stories: the stories loaded (idempotently), their hits stored, and the API over them. */
export function storiesApi(): { graph: () => Graph; api: TestApi } {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = testGraph();
    await loadStoriesAndDetect(graph, TODAY, "test");
    api = await startApi(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });
  const started: TestApi = {
    get url() {
      return api.url;
    },
    run: (document, variables, as) => api.run(document, variables, as),
    raw: (query, variables, as) => api.raw(query, variables, as),
    http: (body, headers) => api.http(body, headers),
    close: () => api.close(),
  };
  return { graph: () => graph, api: started };
}
