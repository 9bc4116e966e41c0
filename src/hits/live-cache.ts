import { detect } from "../detectors/detect.service";
import type { Frame, Hit, Params, PatternKind } from "../detectors/types";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";

const VERSION = cypher("hits/queries/data-version.cypher");

/**
 * Live (custom-frame) hit lists, kept so that the next page and the count do not run the detector
 * again. Keyed by kind, frame, parameters and the database's data version, which every import
 * bumps, so nothing stale is ever served. Bounded by the hits it holds (an entry without hits counts as
 * one); the least recently used go first. These
 * are whole-population results before any access rule: each request still sees only what it may.
 */
export class LiveHitCache {
  private readonly entries = new Map<string, Promise<Hit[]>>();
  private readonly sizes = new Map<string, number>();
  private held = 0;

  constructor(private readonly maxHits = 200_000) {}

  async hits(graph: Graph, kind: PatternKind, frame: Frame, params: Params): Promise<Hit[]> {
    const [row] = await graph.read(VERSION);
    const key = JSON.stringify([row?.version ?? 0, kind, frame.asOf, frame.from, frame.to, Object.entries(params).sort()]);
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, known);
      return known;
    }
    const computing = detect(graph, kind, frame, params);
    this.entries.set(key, computing);
    try {
      const hits = await computing;
      // a frame without hits still takes room: counted as one, so frames with no hits cannot pile up
      this.sizes.set(key, hits.length + 1);
      this.held += hits.length + 1;
      this.evict();
      return hits;
    } catch (error) {
      this.entries.delete(key); // a failure is not kept
      throw error;
    }
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.held <= this.maxHits || this.entries.size <= 1) return;
      this.held -= this.sizes.get(key) ?? 0;
      this.sizes.delete(key);
      this.entries.delete(key);
    }
  }
}
