import { START_MESSAGE_TERM_WORKING_DAYS } from "./code-lists";
import { WITHDRAWN, type At, type Message, type Standard } from "./facts";
import { addWorkingDays } from "./working-days";

/** One message as read, with where it came from (a file name, or `messages[3]` for the mutation). */
export interface Received {
  file: string;
  message: Message;
  /** standard, type, sender and identification (TR056): what makes a message the same message */
  key: string;
  /** of its text: the same key with other content is a conflict, not a repeat */
  hash: string;
  /** the client's name as the message gives it (kept for a person new to the graph; never in a problem) */
  clientName?: string;
  /** the id of the person the client's BSN names (its keyed hash, worked out once); none for a 319 */
  personId?: string;
}

/** A problem with the message it is in. */
export interface MessageProblem { file: string; path: string; message: string }

/** What behangrol keeps of an allocation (the Allocation node): the 301, then what its 305 and 307 said. */
export interface AllocationState {
  key: string;
  standard: Standard;
  municipality: string;
  number: string;
  provider: string;
  personId: string;
  category: string;
  code: string | null;
  allocatedOn: string;
  /** Dagtekening of the 301 that set it (of two 301s for one number, the later allocation leads: OP033x1) */
  dated: string;
  from: string;
  to: string | null;
  start: string | null;
  /** Dagtekening of the first 305: whether it came within the term */
  startDated: string | null;
  end: string | null;
  reason: string | null;
  started: boolean;
  /** the day the term for a start message passes (OP271: five working days from the start, or from receipt for an allocation sent afterwards) */
  signalDate: string;
  /** whether a not-started signal stands for it */
  signalled: boolean;
}

export const allocationKey = (standard: Standard, municipality: string, number: string): string => `${standard}|${municipality}|${number}`;
/** TR056: a message's Identificatie is unique per message type for its sender. */
export const messageKey = (m: Message): string => `${m.header.standard}|${m.type}|${m.header.sender.value}|${m.header.id.value}`;
/** The id of the request (315/317) a provider made under a reference (by then a keyed digest of it: read-batch.ts), as an event. */
export const requestEventId = (standard: Standard, municipality: string, provider: string, reference: string): string =>
  `${standard.toLowerCase()}-${municipality}-verzoek-${provider}-${reference}`;

const municipalityOf = (m: Message): string => (m.type === "301" || m.type === "319" ? m.header.sender.value : m.header.receiver.value);
const providerOf = (m: Message): string => (m.type === "301" || m.type === "319" ? m.header.receiver.value : m.header.sender.value);

export interface Stored {
  messages: Map<string, string>;
  allocations: Map<string, AllocationState>;
  /** request event id → the person it is about */
  requests: Map<string, string | null>;
}

export interface Chained {
  /** every allocation this batch sets or changes, as it stands after it */
  allocations: Map<string, AllocationState>;
  /** the messages to apply (new ones; repeats of stored or earlier ones left out) */
  fresh: Received[];
  repeated: number;
  problems: MessageProblem[];
  /** request event id → the person a 319 answering it is about */
  answered: Map<string, string>;
  /** allocations that had started and whose start message this batch withdrew */
  unstarted: Set<string>;
  /** messages set aside (setAsideUnknown): what each refers to that is not known */
  setAside: MessageProblem[];
}

/**
 * Puts a batch of messages in the order of the allocations they speak of, against what is stored:
 * 301s set allocations (the latest allocation of a number leads), 305s start them, 307s stop them.
 * A 305 or 307 must name an allocation of the same municipality, client and provider; a 307 cannot
 * end before its start; a 319 must answer a request that is known. Problems name the message and
 * path, never the BSN (a client is compared by the id its BSN hashes to).
 */
export function chain(received: Received[], stored: Stored, options: { setAsideUnknown?: boolean } = {}): Chained {
  const problems: MessageProblem[] = [];
  const say = (r: Received, at: At | { path: string }, message: string): void => void problems.push({ file: r.file, path: at.path, message });
  const seen = new Map<string, Received>();
  let fresh: Received[] = [];
  let repeated = 0;
  for (const r of received) {
    const before = stored.messages.get(r.key) ?? seen.get(r.key)?.hash;
    if (before === undefined) {
      seen.set(r.key, r);
      fresh.push(r);
    } else if (before === r.hash) repeated++;
    else say(r, r.message.header.id, `${r.message.header.standard} ${r.message.type} ${r.message.header.id.value} from ${r.message.header.sender.value} was received before with other content: an identification is used once per message type and sender (TR056)`);
  }
  // An archive that begins after some allocations were sent: their 305s, 307s and 319s may be set
  // aside (not applied, not marked received: importing them with their 301 or request later applies them).
  const setAside: MessageProblem[] = [];
  if (options.setAsideUnknown) {
    const unknown = unknownReferences(fresh, stored);
    for (const [r, at, what] of unknown) setAside.push({ file: r.file, path: at.path, message: `${what}: set aside` });
    const aside = new Set(unknown.map(([r]) => r));
    fresh = fresh.filter((r) => !aside.has(r));
  }

  const allocations = new Map<string, AllocationState>();
  const current = (key: string): AllocationState | undefined => allocations.get(key) ?? stored.allocations.get(key);
  const personOf = (r: Received): string | undefined => r.personId;
  const byDate = (a: Received, b: Received): number => (a.message.header.dated.value < b.message.header.dated.value ? -1 : a.message.header.dated.value > b.message.header.dated.value ? 1 : 0);
  const ofType = (type: Message["type"]): Received[] => fresh.filter((r) => r.message.type === type).sort(byDate);

  for (const r of ofType("301")) {
    const m = r.message;
    if (m.type !== "301") continue;
    const personId = personOf(r) as string;
    for (const a of m.allocated) {
      const key = allocationKey(m.header.standard, municipalityOf(m), a.number.value);
      const was = current(key);
      if (was && was.personId !== personId) {
        say(r, a.number, `allocation ${a.number.value} of municipality ${municipalityOf(m)} was given to another client: a number names one allocation`);
        continue;
      }
      // OP033x1: of two allocations for one number, the most recent (by allocation date) leads
      if (was && (was.allocatedOn > a.allocatedOn.value || (was.allocatedOn === a.allocatedOn.value && was.dated > m.header.dated.value))) continue;
      // care that started stays with its provider and its start: a change cannot move it (however the archive was split)
      if (was?.started && was.provider !== providerOf(m)) {
        say(r, a.number, `changes allocation ${a.number.value} to another provider, but its care started at ${was.provider}: a new provider gets a new allocation`);
        continue;
      }
      if (was?.started && was.start !== null && a.from.value > was.start) {
        say(r, a.from, `${a.from.value} is after the care of allocation ${a.number.value} started (${was.start})`);
        continue;
      }
      allocations.set(key, {
        key, standard: m.header.standard, municipality: municipalityOf(m), number: a.number.value, provider: providerOf(m), personId,
        category: a.product.category.value, code: a.product.code?.value ?? null, allocatedOn: a.allocatedOn.value, dated: m.header.dated.value,
        from: a.from.value, to: a.to?.value ?? null,
        start: was?.start ?? null, startDated: was?.startDated ?? null, end: was?.end ?? null, reason: was?.reason ?? null,
        started: was?.started ?? false, signalled: was?.signalled ?? false,
        signalDate: addWorkingDays(a.from.value > m.header.dated.value ? a.from.value : m.header.dated.value, START_MESSAGE_TERM_WORKING_DAYS),
      });
    }
  }

  /** The allocation a 305 or 307 names, if it is this client's from this provider; otherwise a problem. */
  const allocationFor = (r: Received, number: At): AllocationState | undefined => {
    const m = r.message;
    const key = allocationKey(m.header.standard, municipalityOf(m), number.value);
    const a = current(key);
    if (!a) {
      say(r, number, `refers to allocation ${number.value} of municipality ${municipalityOf(m)}, which is unknown here: import its ${m.header.standard} 301 first (or with it)`);
      return undefined;
    }
    if (a.personId !== personOf(r)) {
      say(r, number, `refers to allocation ${number.value} of municipality ${municipalityOf(m)}, which belongs to another client`);
      return undefined;
    }
    if (a.provider !== providerOf(m)) {
      say(r, number, `refers to allocation ${number.value}, which municipality ${municipalityOf(m)} gave to another provider (${a.provider})`);
      return undefined;
    }
    return a;
  };
  /** allocations whose start was withdrawn: their interventions go */
  const unstarted = new Set<string>();
  const change = (a: AllocationState, to: Partial<AllocationState>): void => void allocations.set(a.key, { ...a, ...to });

  for (const r of ofType("305")) {
    const m = r.message;
    if (m.type !== "305") continue;
    for (const s of m.started) {
      const a = allocationFor(r, s.number);
      if (!a) continue;
      // StatusAanlevering 3: the earlier start message is withdrawn (the care has not started after all)
      if (s.status?.value === WITHDRAWN) {
        if (a.started) unstarted.add(a.key);
        change(a, { start: null, started: false, startDated: null, end: null, reason: null });
      }
      else if (s.start.value < a.from) say(r, s.start, `${s.start.value} is before allocation ${a.number} begins (${a.from})`);
      else if (a.end !== null && s.start.value > a.end) say(r, s.start, `${s.start.value} is after allocation ${a.number} stopped (${a.end})`);
      // a second 305 for one allocation corrects the first (the start is what the latest says)
      else change(a, { start: s.start.value, started: true, startDated: a.startDated ?? m.header.dated.value });
    }
  }
  for (const r of ofType("307")) {
    const m = r.message;
    if (m.type !== "307") continue;
    for (const s of m.stopped) {
      const a = allocationFor(r, s.number);
      if (!a) continue;
      if (s.status?.value === WITHDRAWN) {
        change(a, { end: null, reason: null }); // the earlier stop message is withdrawn: the care runs on
        continue;
      }
      const start = a.start ?? s.start?.value ?? null;
      if (start === null) {
        say(r, s.number, `stops allocation ${a.number}, which has not started: no 305 and no Begindatum`);
        continue;
      }
      if (s.end.value < start) {
        say(r, s.end, `${s.end.value} is before allocation ${a.number} started (${start})`);
        continue;
      }
      change(a, { start, started: true, startDated: a.startDated ?? m.header.dated.value, end: s.end.value, reason: s.reason.value });
    }
  }

  const answered = new Map<string, string>();
  /** the requests of this batch, and whom each is about */
  const requests = new Map<string, string | undefined>();
  for (const r of fresh) {
    const m = r.message;
    if (m.type === "315") for (const q of m.requested) requests.set(requestEventId(m.header.standard, municipalityOf(m), providerOf(m), q.reference.value), r.personId);
    if (m.type === "317") requests.set(requestEventId(m.header.standard, municipalityOf(m), providerOf(m), m.request.reference.value), r.personId);
  }
  for (const r of ofType("319")) {
    const m = r.message;
    if (m.type !== "319") continue;
    const id = requestEventId(m.header.standard, municipalityOf(m), providerOf(m), m.answer.reference.value);
    const person = personOf(r) ?? requests.get(id) ?? stored.requests.get(id) ?? undefined;
    if (!requests.has(id) && !stored.requests.has(id)) {
      say(r, m.answer.reference, `answers a request of provider ${providerOf(m)} that is unknown here: import its 315 or 317 first (or with it)`);
    } else if (person) answered.set(id, person);
  }
  return { allocations, fresh, repeated, problems, answered, unstarted, setAside };
}

/** The 305s, 307s and 319s of a batch that name an allocation or a request neither the batch nor the store knows. */
function unknownReferences(fresh: Received[], stored: Stored): Array<[Received, At, string]> {
  const allocations = new Set(stored.allocations.keys());
  const requests = new Set(stored.requests.keys());
  for (const r of fresh) {
    const m = r.message;
    if (m.type === "301") for (const a of m.allocated) allocations.add(allocationKey(m.header.standard, municipalityOf(m), a.number.value));
    if (m.type === "315") for (const q of m.requested) requests.add(requestEventId(m.header.standard, municipalityOf(m), providerOf(m), q.reference.value));
    if (m.type === "317") requests.add(requestEventId(m.header.standard, municipalityOf(m), providerOf(m), m.request.reference.value));
  }
  const unknown: Array<[Received, At, string]> = [];
  for (const r of fresh) {
    const m = r.message;
    const numbers = m.type === "305" ? m.started.map((s) => s.number) : m.type === "307" ? m.stopped.map((s) => s.number) : [];
    const missing = numbers.find((n) => !allocations.has(allocationKey(m.header.standard, municipalityOf(m), n.value)));
    if (missing) unknown.push([r, missing, `refers to allocation ${missing.value} of municipality ${municipalityOf(m)}, which is unknown here`]);
    if (m.type === "319" && !requests.has(requestEventId(m.header.standard, municipalityOf(m), providerOf(m), m.answer.reference.value))) {
      unknown.push([r, m.answer.reference, `answers a request of provider ${providerOf(m)} that is unknown here`]);
    }
  }
  return unknown;
}

export { municipalityOf, providerOf };
