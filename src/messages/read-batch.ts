import { installationBsnKey, type BsnKey } from "../access/bsn";
import type { MessageProblem, Received } from "./chain";
import { messageKey } from "./chain";
import type { At, Message } from "./facts";
import { kindOf, readMessage, type Kind } from "./read-message";
import { child, elementOnLine, parseXml, pathOf, textOf, type XmlElement } from "./read-xml";
import { checkMessage } from "./rules";
import { validateAgainstXsd } from "./xsd-check";

/** One message as it arrives: a name to say where (a file name, `messages[3]`) and its text. */
export interface MessageText { name: string; text: string }

/** Messages of one standard and type validated against the XSD in one call (a run costs 100-200 ms to start). */
export const XSD_BATCH = 5000;
/** Messages (and their text) waiting for the XSD, all types together: the largest group goes when there are more (bounds the texts held). */
const PENDING_AT_MOST = 15_000;
const PENDING_BYTES_AT_MOST = 64 * 1024 * 1024;
/** XSD runs at the same time: each is a worker thread of its own, while this thread goes on reading. */
const RUNS_AT_ONCE = 2;

/** A message waiting for the XSD: its text (for the XSD), its facts read already (the tree is let go). */
interface Pending { index: number; name: string; text: string; kind: Kind; message: Message; clientName: string | undefined }

/**
 * Reads messages as they come: well-formedness and the namespace at once, then the XSD by batches
 * of one type, then the facts and the rules of each message. Keeps the facts of good messages and
 * every problem; the texts and trees are let go batch by batch, so a folder larger than memory is
 * read in the memory of its facts.
 */
export class MessageReader {
  /** after finish(): the messages that passed, and every problem, in the order the messages came */
  readonly received: Received[] = [];
  readonly problems: MessageProblem[] = [];
  private readonly pending = new Map<string, Pending[]>();
  private waiting = 0;
  private waitingBytes = 0;
  private readonly arrived: Array<{ index: number; received: Received }> = [];
  private readonly said: Array<{ index: number; problem: MessageProblem }> = [];
  private readonly running = new Set<Promise<void>>();
  count = 0;
  /** messages of types behangrol does not read, per standard and type ("iJw 302") */
  readonly skipped = new Map<string, number>();

  /** `bsn`: the key a client's BSN is hashed with (the installation's, unless a test gives one) */
  constructor(private readonly today: string, private readonly bsn: BsnKey = installationBsnKey()) {}

  async add(m: MessageText): Promise<void> {
    this.count++;
    const parsed = parseXml(m.text);
    if (!parsed.ok) {
      this.said.push({ index: this.count, problem: { file: m.name, path: parsed.line === undefined ? "(message)" : `line ${parsed.line}`, message: parsed.message } });
      return;
    }
    const kind = kindOf(parsed.root);
    if ("skipped" in kind) {
      this.skipped.set(kind.skipped, (this.skipped.get(kind.skipped) ?? 0) + 1);
      return;
    }
    if ("message" in kind) {
      this.said.push({ index: this.count, problem: { file: m.name, ...kind } });
      return;
    }
    const group = `${kind.standard}|${kind.type}`;
    const list = this.pending.get(group) ?? [];
    // facts are read now, while the tree is at hand; they count only if the XSD accepts the message
    const message = readMessage(parsed.root, kind);
    list.push({ index: this.count, name: m.name, text: m.text, kind, message, clientName: nameOf(parsed.root, message).clientName });
    this.pending.set(group, list);
    this.waiting++;
    this.waitingBytes += m.text.length;
    if (list.length >= XSD_BATCH) await this.start(group);
    else if (this.waiting >= PENDING_AT_MOST || this.waitingBytes >= PENDING_BYTES_AT_MOST) await this.start([...this.pending].sort((a, b) => b[1].length - a[1].length)[0]?.[0] as string);
  }

  /** Validates what is still waiting; call once all messages are added. */
  async finish(): Promise<void> {
    for (const group of [...this.pending.keys()]) await this.start(group);
    await Promise.all(this.running);
    // runs end in any order: the messages and problems go back into the order they came in
    const order = (a: { index: number }, b: { index: number }): number => a.index - b.index;
    this.received.length = 0;
    for (const a of this.arrived.sort(order)) this.received.push(a.received); // not a spread: it may be half a million
    this.problems.length = 0;
    for (const a of this.said.sort(order)) this.problems.push(a.problem);
  }

  /** Starts a group's XSD run once fewer than RUNS_AT_ONCE are under way (a run that fails fails the read). */
  private async start(group: string): Promise<void> {
    const list = this.pending.get(group) ?? [];
    this.pending.delete(group);
    this.waiting -= list.length;
    for (const p of list) this.waitingBytes -= p.text.length;
    if (!list.length) return;
    while (this.running.size >= RUNS_AT_ONCE) await Promise.race(this.running);
    const run: Promise<void> = this.flush(list).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private digestReferences(m: Message): void {
    for (const at of referencesOf(m)) at.value = this.bsn.digest(`reference:${at.value}`).slice(0, 16);
  }

  private async flush(list: Pending[]): Promise<void> {
    const { standard, type } = (list[0] as Pending).kind;
    const invalid = new Map<string, Array<{ line: number | undefined; element: string | undefined; message: string }>>();
    // named by their place in the list: two entries of a zip may have the same name
    for (const p of await validateAgainstXsd(standard, type, list.map((l, i) => ({ name: String(i), text: l.text })))) {
      invalid.set(p.name, [...(invalid.get(p.name) ?? []), p]);
    }
    for (const [i, p] of list.entries()) {
      const found = invalid.get(String(i));
      if (found) {
        // an invalid message is parsed again, to turn xmllint's line into an element path
        const parsed = parseXml(p.text);
        const root = parsed.ok ? parsed.root : undefined;
        for (const f of found) {
          const element = f.line === undefined || !root ? undefined : elementOnLine(root, f.line, f.element);
          this.said.push({ index: p.index, problem: { file: p.name, path: element ? pathOf(element) : f.line === undefined ? "(message)" : `line ${f.line}`, message: element ? notADate(element, f.message) ?? f.message : f.message } });
        }
        continue;
      }
      const ruled = checkMessage(p.message, this.today);
      if (ruled.length) {
        for (const r of ruled) this.said.push({ index: p.index, problem: { file: p.name, ...r } });
        continue;
      }
      this.digestReferences(p.message);
      this.arrived.push({
        index: p.index,
        received: {
          file: p.name, message: p.message, key: messageKey(p.message), hash: this.bsn.digest(sameText(p.text)),
          ...(p.clientName ? { clientName: p.clientName } : {}),
          ...(p.message.client ? { personId: this.bsn.personId(p.message.client.bsn.value) } : {}),
        },
      });
    }
  }
}

/** A provider's reference (ReferentieAanbieder) is free text, "a name or a number": kept only as a keyed digest. */
function referencesOf(m: Message): At[] {
  if (m.type === "315") return m.requested.map((q) => q.reference);
  if (m.type === "317") return [m.request.reference];
  if (m.type === "319") return [m.answer.reference];
  if (m.type === "301") return m.allocated.flatMap((a) => (a.reference ? [a.reference] : []));
  return [];
}

/** A message's text as compared for a repeat: the same message exported again with a BOM or other line ends is the same. */
const sameText = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * A date the XSD refused, said as the rules say it (`2026-06-31 is not a date`): a date of care is
 * neither a name nor an address. A birth date is personal: it is never repeated.
 */
function notADate(element: XmlElement, message: string): string | undefined {
  if (!/LDT_Datum|xs:date/.test(message) || element.parent?.name === "Geboortedatum" || element.name === "Geboortedatum") return undefined;
  const value = textOf(element) ?? "";
  return /^[0-9-]{1,12}$/.test(value) ? `${value} is not a date` : "is not a date (YYYY-MM-DD)";
}

/** The client's name as the message gives it: "T. de Wit". Kept only for a person new to the graph. */
function nameOf(root: XmlElement, message: Message): { clientName?: string } {
  if (!message.client) return {};
  const naam = child(child(root, "Client"), "Naam");
  const achternaam = child(child(naam, "Geslachtsnaam"), "Achternaam");
  if (!achternaam || textOf(achternaam) === "-") return {}; // "-": the name was not given
  const voorletters = textOf(child(naam, "Voorletters"));
  const parts = [voorletters ? voorletters.split("").join(".") + "." : undefined, textOf(child(child(naam, "Geslachtsnaam"), "Voorvoegsel")), textOf(achternaam)];
  return { clientName: parts.filter((p) => p).join(" ") };
}
