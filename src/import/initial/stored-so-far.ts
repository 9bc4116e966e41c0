import { RECORD_KINDS, type RecordKind } from "../dataset";
import type { StoredIds } from "../references";
import { keyOf } from "../rules";

/**
 * What the deliveries checked so far would have stored, had they been imported one by one: the
 * "stored" the next delivery's check resolves its references against, and the keys that tell a
 * record delivered again (a correction) from a new one.
 */
export class StoredSoFar {
  readonly stored: StoredIds = {
    agencies: new Set(), professionals: new Set(), households: new Set(), persons: new Set(),
    interventions: new Map(), events: new Map(), outcomes: new Set(), consents: new Set(),
  };
  /** memberships and coordinators, which have no id: their pair and from */
  private readonly pairs = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((k) => [k, new Set()]));

  /** Whether an earlier delivery had this record's key already (it is delivered again); remembers it (and its start or type) either way. */
  seen(kind: RecordKind, record: unknown): boolean {
    const key = keyOf(kind, record) as string;
    const r = record as Record<string, string>;
    switch (kind) {
      case "interventions": {
        const again = this.stored.interventions.has(key);
        this.stored.interventions.set(key, r.start as string);
        return again;
      }
      case "events": {
        const again = this.stored.events.has(key);
        this.stored.events.set(key, r.type as string);
        return again;
      }
      case "memberships":
      case "coordinators":
        return added(this.pairs.get(kind) as Set<string>, key);
      default:
        return added(this.stored[kind], key);
    }
  }
}

function added(set: Set<string>, key: string): boolean {
  if (set.has(key)) return true;
  set.add(key);
  return false;
}
