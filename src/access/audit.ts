import crypto from "node:crypto";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";

/** What an access did (NEN 7513): GraphQL name → the value stored in the trail. */
export const AUDIT_ACTIONS = { READ: "read", SEARCH: "search", CREATE: "create", UPDATE: "update", IMPORT: "import", RETENTION: "retention" } as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];
/** How an access ended: GraphQL name → the value stored in the trail. */
export const AUDIT_OUTCOMES = { SUCCESS: "success", FAILURE: "failure", NOT_VISIBLE: "not_visible", STARTED: "started" } as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[keyof typeof AUDIT_OUTCOMES];

/** One access to personal data, in the fields NEN 7513 asks for. Ids only, never contents. */
export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  action: AuditAction;
  /**
   * not_visible: the answer held lookups by id that found nothing the user may see (see `requested`);
   * started: a mutation about to write, with the ids its arguments name (its outcome follows in its own entry).
   */
  outcome: AuditOutcome;
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
  /** The open cases under which a conference participant saw the households (see AccessPolicy.viaCases). Absent on older entries. */
  cases?: string[];
  prevHash: string;
  hash: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id" | "seq" | "at" | "prevHash" | "hash">;

/** An entry as the trail's queries return it (properties(e)): what Neo4j does not keep (empty lists, nulls) put back. */
export function auditEntryOf(row: Partial<AuditEntry>): AuditEntry {
  return { persons: [], households: [], requested: [], cases: [], userName: null, purpose: null, agencyId: null, origin: null, operation: null, ...row } as AuditEntry;
}

const HASHED: (keyof AuditEntry)[] = [
  "id", "seq", "at", "action", "outcome", "userId", "userName", "role", "purpose", "agencyId", "origin", "operation",
  "persons", "households", "prevHash",
];

/** The hash of an entry: SHA-256 over its fields in a fixed order, the previous entry's hash among them. */
export function hashEntry(entry: Omit<AuditEntry, "hash">): string {
  const fields = HASHED.map((k) => [k, (entry as Partial<AuditEntry>)[k] ?? null]); // Neo4j keeps no nulls: absent = null
  if (entry.requested?.length) fields.push(["requested", entry.requested]); // hashed where present, so older entries still verify
  if (entry.cases?.length) fields.push(["cases", entry.cases]);
  return crypto.createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** At most this many entries share one transaction. */
const MAX_GROUP = 200;

interface Waiting { entry: NewAuditEntry; resolve: (e: AuditEntry) => void; reject: (e: unknown) => void }

/** Where the chain ends: the last entry's seq and hash. */
interface Head { seq: number; hash: string }

/**
 * Group commit: an entry waits until the transaction before it has committed, then goes with
 * every entry that arrived meanwhile, in arrival order, in one transaction. Each caller's promise
 * settles only when its entry is committed, so no answer leaves before its entry; the chain is
 * the same as one append at a time would make. Other processes still take turns on the head's lock.
 *
 * The writer remembers the head it left: the next group is then one statement that appends only
 * if the head is still there (one round trip). Where another writer came between, or nothing is
 * remembered yet, it reads the head under its lock first and appends after it.
 */
class GroupWriter {
  private readonly waiting: Waiting[] = [];
  private writing = false;
  private head: Head | undefined;
  /** Entries this writer has committed: the linker has nothing new of this process's to link while it stays the same. */
  committed = 0;

  constructor(private readonly graph: Graph) {}

  append(entry: NewAuditEntry): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_GROUP);
        try {
          const written = await this.write(group.map((w) => w.entry));
          group.forEach((w, i) => w.resolve(written[i]!));
        } catch (error) {
          group.forEach((w) => w.reject(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(entries: NewAuditEntry[]): Promise<AuditEntry[]> {
    const known = this.head;
    this.head = undefined; // forgotten until this group is known to be committed
    let tried: AuditEntry[] | null = null;
    if (known) {
      const chained = chain(entries, known);
      // a failure here falls through to the managed path
      const [result] = await this.graph.writeOnce(APPEND, appendParams(known, chained)).catch(() => []);
      if (result?.appended) return this.wrote(chained);
      if (!result) tried = chained; // no answer: perhaps only the answer was lost, not the commit
    }
    // the managed transaction retries what is worth retrying
    return this.wrote(await this.graph.writeTx(APPEND.name, async (tx) => {
      // a try whose commit went through with its answer lost (the connection dropped, the database marked away
      // meanwhile, the driver retrying this work) wrote its whole group, the last entry with it: it is not appended again
      const [head] = await tx.run(cypher("access/queries/audit-lock-head.cypher"), { triedId: tried?.[tried.length - 1]!.id ?? null });
      if (tried && head?.triedWritten === true) return tried;
      const from = { seq: head?.seq as number, hash: head?.hash as string };
      const chained = chain(entries, from);
      tried = chained;
      const [result] = await tx.run(APPEND, appendParams(from, chained));
      if (!result?.appended) throw new Error("the audit head moved while locked");
      return chained;
    }));
  }

  private wrote(chained: AuditEntry[]): AuditEntry[] {
    const last = chained[chained.length - 1]!;
    this.head = { seq: last.seq, hash: last.hash };
    this.committed += chained.length;
    return chained;
  }
}

const APPEND = cypher("access/queries/audit-append-at-head.cypher");

function appendParams(from: Head, chained: AuditEntry[]) {
  return { from, entries: chained, last: chained[chained.length - 1] };
}

/** The entries numbered and hashed in order after `from`. */
function chain(entries: NewAuditEntry[], from: Head): AuditEntry[] {
  let seq = from.seq;
  let prevHash = from.hash;
  return entries.map((entry) => {
    const base = {
      ...entry,
      id: crypto.randomUUID(),
      seq: ++seq,
      at: new Date().toISOString(),
      prevHash,
      persons: [...entry.persons].sort(),
      households: [...entry.households].sort(),
      ...(entry.requested?.length ? { requested: [...entry.requested].sort() } : {}),
      ...(entry.cases?.length ? { cases: [...entry.cases].sort() } : {}),
    };
    const hashed: AuditEntry = { ...base, hash: hashEntry(base) };
    prevHash = hashed.hash;
    return hashed;
  });
}

const writers = new WeakMap<Graph, GroupWriter>();

function writerOf(graph: Graph): GroupWriter {
  let writer = writers.get(graph.base); // one writer per process's gateway, not per request's view of it
  if (!writer) writers.set(graph.base, (writer = new GroupWriter(graph.base)));
  return writer;
}

/** Appends an entry to the chain, sharing a transaction with the entries appended at the same moment. */
export function appendAudit(graph: Graph, entry: NewAuditEntry): Promise<AuditEntry> {
  return writerOf(graph).append(entry);
}

/** How many entries this process has committed through this gateway: a count that only grows. */
export function auditEntriesCommitted(graph: Graph): number {
  return writerOf(graph).committed;
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
