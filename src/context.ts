import type { Graph } from "./graph/gateway";
import type { Loaders } from "./read/loaders";

/** Per-request context: the graph, this request's loaders and the day the request is answered on. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  today: string;
}
