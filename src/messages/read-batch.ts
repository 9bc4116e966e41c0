import crypto from "node:crypto";
import type { MessageProblem, Received } from "./chain";
import { messageKey } from "./chain";
import type { Message } from "./facts";
import { kindOf, readMessage, type Kind } from "./read-message";
import { child, elementOnLine, parseXml, pathOf, textOf, type XmlElement } from "./read-xml";
import { checkMessage } from "./rules";
import { validateAgainstXsd } from "./xsd-check";

/** One message as it arrives: a name to say where (a file name, `messages[3]`) and its text. */
export interface MessageText { name: string; text: string }

/** Messages of one standard and type validated against the XSD in one call (xmllint-wasm starts once per call). */
export const XSD_BATCH = 500;

interface Pending { name: string; text: string; root: XmlElement; kind: Kind }

/**
 * Reads messages as they come: well-formedness and the namespace at once, then the XSD by batches
 * of one type, then the facts and the rules of each message. Keeps the facts of good messages and
 * every problem; the texts and trees are let go batch by batch, so a folder larger than memory is
 * read in the memory of its facts.
 */
export class MessageReader {
  readonly received: Received[] = [];
  readonly problems: MessageProblem[] = [];
  private readonly pending = new Map<string, Pending[]>();
  count = 0;

  constructor(private readonly today: string) {}

  async add(m: MessageText): Promise<void> {
    this.count++;
    const parsed = parseXml(m.text);
    if (!parsed.ok) {
      this.problems.push({ file: m.name, path: parsed.line === undefined ? "(message)" : `line ${parsed.line}`, message: parsed.message });
      return;
    }
    const kind = kindOf(parsed.root);
    if ("message" in kind) {
      this.problems.push({ file: m.name, ...kind });
      return;
    }
    const group = `${kind.standard}|${kind.type}`;
    const list = this.pending.get(group) ?? [];
    list.push({ name: m.name, text: m.text, root: parsed.root, kind });
    this.pending.set(group, list);
    if (list.length >= XSD_BATCH) await this.flush(group);
  }

  /** Validates what is still waiting; call once all messages are added. */
  async finish(): Promise<void> {
    for (const group of [...this.pending.keys()]) await this.flush(group);
  }

  private async flush(group: string): Promise<void> {
    const list = this.pending.get(group) ?? [];
    this.pending.delete(group);
    if (!list.length) return;
    const { standard, type } = (list[0] as Pending).kind;
    const invalid = new Map<string, Array<{ line: number | undefined; element: string | undefined; message: string }>>();
    for (const p of await validateAgainstXsd(standard, type, list.map((l) => ({ name: l.name, text: l.text })))) {
      invalid.set(p.name, [...(invalid.get(p.name) ?? []), p]);
    }
    for (const p of list) {
      const found = invalid.get(p.name);
      if (found) {
        for (const f of found) {
          const element = f.line === undefined ? undefined : elementOnLine(p.root, f.line, f.element);
          this.problems.push({ file: p.name, path: element ? pathOf(element) : f.line === undefined ? "(message)" : `line ${f.line}`, message: element ? notADate(element, f.message) ?? f.message : f.message });
        }
        continue;
      }
      const message = readMessage(p.root, p.kind);
      const ruled = checkMessage(message, this.today);
      if (ruled.length) {
        for (const r of ruled) this.problems.push({ file: p.name, ...r });
        continue;
      }
      this.received.push({
        file: p.name, message, key: messageKey(message), hash: crypto.createHash("sha256").update(p.text).digest("base64url"),
        ...nameOf(p.root, message),
      });
    }
  }
}

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
