import type { Dataset, EventRecord, InterventionRecord, MembershipRecord, OutcomeRecord, PersonRecord } from "../import/dataset";
import { interventionId } from "./mapping";
import { digitsOf, syntheticBsn } from "./synthetic";
import type { At, Message, Standard } from "./facts";

/**
 * A municipality's help as the iJw/iWmo messages that would have carried it, beside the JSON
 * deliveries that carry the rest (`npm run seed -- --messages DIR`, and the test that the stories
 * give the same hits either way). Youth (JEUGD) and Wmo (WMO) interventions become a 301, a 305
 * and, once ended, a 307; everything else stays JSON, naming persons by BSN (as the BRP does) so
 * messages and deliveries meet on the same person, and naming each provider by its AGB code and
 * the municipality by its CBS code.
 */
export interface AsMessages {
  /** the JSON delivery to import first: everything but the youth and Wmo help */
  before: Dataset;
  messages: Array<{ message: Message; name: string; birthDate: string | undefined }>;
  /** outcomes of help that became messages: they refer to its new id, so they come after the messages */
  after: Dataset;
  /** the BSN given to each person id of the dataset (synthetic, valid) */
  bsns: Map<string, string>;
}

const STANDARD: Record<string, Standard | undefined> = { JEUGD: "iJw", WMO: "iWmo" };
/** Jeugdhulp ambulant (JZ020 45), Begeleiding (WMO020 02): what a story's help is allocated as. */
const CATEGORY: Record<Standard, string> = { iJw: "45", iWmo: "02" };
/** endReason → the reason for ending of each standard that maps back to it (REFERRED has none: 38, a switch of provider). */
const REASON: Record<Standard, Record<string, string>> = {
  iJw: { COMPLETED: "31", CLIENT_WITHDREW: "32", NO_CONTACT: "32", RELATIONSHIP_BROKEN: "33", MOVED: "35", REFERRED: "38", OTHER: "35" },
  iWmo: { COMPLETED: "19", CLIENT_WITHDREW: "21", NO_CONTACT: "21", RELATIONSHIP_BROKEN: "22", MOVED: "31", REFERRED: "38", OTHER: "20" },
};

/** A synthetic AGB code for an agency: 8 digits from its id (the same in every delivery that names it). */
export const agbCodeOf = (agencyId: string): string => digitsOf(`agb:${agencyId}`, 0).slice(0, 8);

const at = (value: string): At => ({ value, path: "" });

/** What stays the same over the deliveries of one municipality: BSNs given out, allocation numbers, message identifications. */
export class Numbering {
  readonly bsns = new Set<string>();
  readonly allocations = new Map<Standard, number>([["iJw", 0], ["iWmo", 0]]);
  readonly sent = new Map<string, number>();
  /** the BSN of every person seen so far (a person's help may come in a later delivery than the person) */
  readonly persons = new Map<string, string>();
  readonly birthYears = new Map<string, number | undefined>();
}

/**
 * One delivery of a municipality as JSON plus messages. Every agency gets a (synthetic) AGB code and
 * the first municipality agency the CBS code, so the messages' providers are the delivery's agencies.
 */
export function asMessages(d: Dataset, options: { cbsCode: string; today: string; numbering?: Numbering }): AsMessages {
  const state = options.numbering ?? new Numbering();
  for (const p of d.persons ?? []) {
    if (!state.persons.has(p.id)) state.persons.set(p.id, syntheticBsn(p.id, state.bsns));
    state.birthYears.set(p.id, p.birthYear);
  }
  const bsns = state.persons;
  const birthOf = state.birthYears;
  const converted: Array<{ iv: InterventionRecord; personId: string; standard: Standard }> = [];
  const kept: InterventionRecord[] = [];
  for (const iv of d.interventions ?? []) {
    const standard = STANDARD[iv.domain];
    const personId = iv.personId ?? (iv.householdId ? clientOf(d.memberships ?? [], iv.householdId, iv.start, standard) : undefined);
    if (standard && personId && bsns.has(personId)) converted.push({ iv, personId, standard });
    else kept.push(iv);
  }
  const municipality = (d.agencies ?? []).filter((a) => a.kind === "MUNICIPALITY").map((a) => a.id).sort()[0];

  // every person is named by BSN; every record about a person refers to them by it
  const byBsn = <R extends { personId?: string }>(r: R): Omit<R, "personId"> & { personBsn?: string } => {
    if (!r.personId || !bsns.has(r.personId)) return r;
    const { personId, ...rest } = r;
    return { ...rest, personBsn: bsns.get(personId) as string };
  };
  const newIds = new Map<string, string>();
  const numbers = state.allocations;
  const sent = state.sent;
  const nextId = (sender: string): string => {
    const n = (sent.get(sender) ?? 0) + 1;
    sent.set(sender, n);
    return String(n);
  };
  const messages: AsMessages["messages"] = [];
  for (const { iv, personId, standard } of converted) {
    const number = String(((numbers.get(standard) as number) + 1));
    numbers.set(standard, Number(number));
    const agb = agbCodeOf(iv.agencyId);
    const { cbsCode } = options;
    newIds.set(iv.id, interventionId({ standard, municipality: cbsCode, number }));
    const birthYear = birthOf.get(personId);
    const client = { bsn: at(bsns.get(personId) as string), ...(birthYear ? { birthDate: at(`${birthYear}-01-01`) } : {}) };
    const product = { category: at(CATEGORY[standard]) };
    const header = (type: Message["type"], sender: string, receiver: string, dated: string) => ({
      standard, type, code: at(""), sender: at(sender), receiver: at(receiver), id: at(nextId(`${standard}|${sender}`)), dated: at(dated),
    });
    const extra = { name: `${standard}-${iv.id}`, birthDate: birthYear ? `${birthYear}-01-01` : undefined };
    messages.push({ ...extra, message: { type: "301", header: header("301", cbsCode, agb, iv.start), client, allocated: [{ number: at(number), product, allocatedOn: at(iv.start), from: at(iv.start), ...(iv.end ? { to: at(iv.end) } : {}) }] } });
    messages.push({ ...extra, message: { type: "305", header: header("305", agb, cbsCode, iv.start), client, started: [{ number: at(number), product, allocationFrom: at(iv.start), start: at(iv.start) }] } });
    if (iv.end && iv.end <= options.today) {
      const reason = reasonFor(standard, iv);
      messages.push({ ...extra, message: { type: "307", header: header("307", agb, cbsCode, iv.end), client, stopped: [{ number: at(number), product, allocationFrom: at(iv.start), start: at(iv.start), end: at(iv.end), reason: at(reason) }] } });
    }
  }

  const outcomes = d.outcomes ?? [];
  const isLater = (o: OutcomeRecord): boolean => newIds.has(o.interventionId);
  const before: Dataset = {
    ...d,
    source: `${d.source}-json`,
    agencies: (d.agencies ?? []).map((a) => ({
      ...a, agbCode: agbCodeOf(a.id), ...(a.id === municipality ? { cbsCode: options.cbsCode } : {}),
    })),
    persons: (d.persons ?? []).map(({ id, ...rest }: PersonRecord) => ({ ...rest, bsn: bsns.get(id) as string }) as unknown as PersonRecord),
    memberships: (d.memberships ?? []).map((m) => byBsn(m) as unknown as MembershipRecord),
    interventions: kept.map((i) => byBsn(i) as unknown as InterventionRecord),
    events: (d.events ?? []).map((e) => byBsn(e) as unknown as EventRecord),
    outcomes: outcomes.filter((o) => !isLater(o)),
  };
  const after: Dataset = { source: `${d.source}-outcomes`, outcomes: outcomes.filter(isLater).map((o) => ({ ...o, interventionId: newIds.get(o.interventionId) as string })) };
  return { before, messages, after, bsns };
}

/** A delivery's endReasonCode is JZ588's (shared/data-format.md): iWmo says the same with WMO588's numbers. */
const JZ588_TO_WMO588: Record<string, string> = { "02": "02", "20": "20", "31": "19", "32": "21", "33": "22", "34": "23", "35": "20", "36": "36", "37": "37", "38": "38", "39": "39" };

function reasonFor(standard: Standard, iv: InterventionRecord): string {
  if (iv.endReasonCode !== undefined && iv.endReasonCode !== null) {
    const code = String(iv.endReasonCode).padStart(2, "0");
    const translated = standard === "iJw" ? code : JZ588_TO_WMO588[code];
    if (translated) return translated;
  }
  return REASON[standard][iv.endReason ?? "OTHER"] ?? (REASON[standard].OTHER as string);
}

/** The member a household's youth or Wmo help is for in a message (which names one client): a child for youth help, else the first member. */
function clientOf(memberships: MembershipRecord[], householdId: string, date: string, standard: Standard | undefined): string | undefined {
  const members = memberships.filter((m) => m.householdId === householdId && m.from <= date && (!m.to || date < m.to));
  return (standard === "iJw" ? members.find((m) => m.role === "CHILD") : undefined)?.personId ?? members[0]?.personId;
}
