/**
 * The node ids neo4j-admin is given (`--id-type=actual`): each node's key in its label numbered
 * 0, 1, 2 ... in the order first met, as a node or as a relationship's end. neo4j-admin then stores
 * every node at its number and links relationships without a lookup of its own, so it also checks
 * nothing: a relationship to a number no node took would point at nothing. `close` refuses that, and
 * `created` a node written twice.
 */
export class NodeIds {
  private readonly byLabel = new Map<string, Map<string, number>>();
  /** one bit per number: a node took it */
  private created_ = new Uint8Array(1 << 16);
  private count = 0;
  private nodes = 0;

  /** The number of the node of this label and key, given now if it has none yet. */
  of(label: string, key: string): number {
    let keys = this.byLabel.get(label);
    if (!keys) this.byLabel.set(label, (keys = new Map()));
    let id = keys.get(key);
    if (id === undefined) keys.set(key, (id = this.count++));
    return id;
  }

  /** The number of a node being written: one node per label and key. */
  created(label: string, key: string): number {
    const id = this.of(label, key);
    if (id >> 3 >= this.created_.length) {
      const grown = new Uint8Array(Math.max(this.created_.length * 2, (id >> 3) + 1));
      grown.set(this.created_);
      this.created_ = grown;
    }
    const bit = 1 << (id & 7);
    if ((this.created_[id >> 3] as number) & bit) throw new Error(`a ${label} node written twice by the initial import`);
    this.created_[id >> 3] = (this.created_[id >> 3] as number) | bit;
    this.nodes++;
    return id;
  }

  /** Refuses relationships to nodes that were never written (a reference the checks should have refused). */
  close(): void {
    if (this.nodes === this.count) return;
    const missing = [...this.byLabel].flatMap(([label, keys]) => [...keys.values()].some((id) => !this.isCreated(id)) ? [label] : []);
    throw new Error(`the initial import wrote relationships to ${this.count - this.nodes} nodes it did not write (labels ${missing.join(", ")})`);
  }

  private isCreated(id: number): boolean {
    return (((this.created_[id >> 3] ?? 0) >> (id & 7)) & 1) === 1;
  }
}
