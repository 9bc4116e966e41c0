import crypto from "node:crypto";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";

export type AuditAction = "read" | "search" | "create" | "update" | "import" | "retention";

/** One access to personal data, in the fields NEN 7513 asks for. Ids only, never contents. */
export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  action: AuditAction;
  /** not_visible: the answer held lookups by id that found nothing the user may see (see `requested`). */
  outcome: "success" | "failure" | "not_visible";
  userId: string;
  userName: string | null;
  role: string;
  purpose: string | null;
  agencyId: string | null;
  origin: string | null;
  operation: string | null;
  persons: string[];
  households: string[];
  /** Ids looked up in vain ("Household:h-1"): absent or not visible to the user. Absent on older entries. */
  requested?: string[];
  prevHash: string;
  hash: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id" | "seq" | "at" | "prevHash" | "hash">;

const HASHED: (keyof AuditEntry)[] = [
  "id", "seq", "at", "action", "outcome", "userId", "userName", "role", "purpose", "agencyId", "origin", "operation",
  "persons", "households", "prevHash",
];

/** The hash of an entry: SHA-256 over its fields in a fixed order, the previous entry's hash among them. */
export function hashEntry(entry: Omit<AuditEntry, "hash">): string {
  const fields = HASHED.map((k) => [k, (entry as Partial<AuditEntry>)[k] ?? null]); // Neo4j keeps no nulls: absent = null
  if (entry.requested?.length) fields.push(["requested", entry.requested]); // hashed where present, so older entries still verify
  return crypto.createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** Appends an entry to the chain; the head's write lock serialises concurrent appends. */
export async function appendAudit(graph: Graph, entry: NewAuditEntry): Promise<AuditEntry> {
  return graph.writeTx("audit-append", async (tx) => {
    const [head] = await tx.run(cypher("access/queries/audit-lock-head.cypher"));
    const base = {
      ...entry,
      id: crypto.randomUUID(),
      seq: (head?.seq as number) + 1,
      at: new Date().toISOString(),
      prevHash: head?.hash as string,
      persons: [...entry.persons].sort(),
      households: [...entry.households].sort(),
      ...(entry.requested?.length ? { requested: [...entry.requested].sort() } : {}),
    };
    const full: AuditEntry = { ...base, hash: hashEntry(base) };
    await tx.run(cypher("access/queries/audit-append.cypher"), { entry: full });
    return full;
  });
}

export interface ChainReport { ok: boolean; checked: number; brokenAt: number | null; reason: string | null }

/**
 * Walks the whole trail in order and recomputes every hash: any edit, deletion or insertion shows.
 * After retention removed the oldest entries, the chain starts at its checkpoint (the last removed
 * entry's seq and hash).
 */
export async function verifyAuditChain(graph: Graph): Promise<ChainReport> {
  const [checkpoint] = await graph.read(cypher("retention/queries/audit-checkpoint.cypher"));
  let prevHash = (checkpoint?.hash as string | null) ?? "";
  let expectedSeq = ((checkpoint?.seq as number | null) ?? 0) + 1;
  let checked = 0;
  for (;;) {
    const rows = await graph.read(cypher("access/queries/audit-chain.cypher"), { afterSeq: expectedSeq - 1, limit: 5000 });
    if (!rows.length) return { ok: true, checked, brokenAt: null, reason: null };
    for (const row of rows) {
      const entry = row.entry as AuditEntry;
      const { hash, ...rest } = entry;
      const fail = (reason: string): ChainReport => ({ ok: false, checked, brokenAt: entry.seq, reason });
      if (entry.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: `entry ${expectedSeq} is missing` };
      if (entry.prevHash !== prevHash) return fail("it does not point to the entry before it");
      if (hashEntry(rest) !== hash) return fail("its contents do not match its hash");
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
}
