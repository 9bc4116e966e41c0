import { MESSAGE_CODES } from "./code-lists";
import type { Client, Header, Message, MessageType, Product, Standard } from "./facts";

/**
 * The text of an iJw or iWmo 3.2 message from its facts: the inverse of the reader, for the seed
 * and the tests. Only the facts' values are used (their paths are the reader's). Elements come in
 * the order the XSD's sequences demand, prefixed and indented like the standard's examples, so a
 * problem's line number points at one element. Plain string building: the seed writes many.
 */

/** What a valid message needs and the facts do not hold; absent, neutral values are written. */
export interface ComposeExtras {
  /** the client's name; absent: Achternaam "-", the shortest the XSD accepts */
  name?: { surname: string; prefix?: string; initials?: string };
  /** absent: the client's birthDate from the facts, else 1900-01-01 marked wholly unknown (DatumGebruik 3, COD170) */
  birthDate?: string;
  /** COD046: 0 unknown (the default), 1 male, 2 female */
  gender?: "0" | "1" | "2";
}

/** The namespace of a standard's basisschema and of one of its messages, as the XSDs declare them. */
export function namespaces(standard: Standard, type: MessageType): { base: string; message: string } {
  const s = standard === "iJw" ? "ijw" : "iwmo";
  return {
    base: `http://www.istandaarden.nl/${s}/3_2/basisschema/schema`,
    message: `http://www.istandaarden.nl/${s}/3_2/${standard === "iJw" ? "jw" : "wmo"}${type}/schema`,
  };
}

/** The XSD versions the standard's own examples state (the iJw XSDs' appinfo says 0.1.0; nothing checks it). */
const XSD_VERSION = "1.0.0";
/** StatusAanlevering (COD467) of a 305/307 product: 1, first delivery. */
const FIRST_DELIVERY = "1";
/** Toewijzingstijd, required beside the Toewijzingsdatum; the facts keep only the date. */
const ALLOCATION_TIME = "00:00:00";

const TABS = Array.from({ length: 8 }, (_, i) => "\t".repeat(i));

/** Builds one message's text; `m` and `b` are the message's and the basisschema's prefixes. */
class Writer {
  text = "";
  constructor(readonly m: string, readonly b: string) {}

  open(depth: number, name: string, prefix = this.m): void {
    this.text += `${TABS[depth]}<${prefix}:${name}>\n`;
  }
  close(depth: number, name: string, prefix = this.m): void {
    this.text += `${TABS[depth]}</${prefix}:${name}>\n`;
  }
  leaf(depth: number, name: string, value: string | undefined, prefix = this.m): void {
    if (value !== undefined) this.text += `${TABS[depth]}<${prefix}:${name}>${escapeText(value)}</${prefix}:${name}>\n`;
  }
  base(depth: number, name: string, value: string | undefined): void {
    this.leaf(depth, name, value, this.b);
  }
}

const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text as XML character data; characters XML 1.0 cannot hold at all become U+FFFD. */
export function escapeText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "\uFFFD",
  );
}

/** The XML text of a message, valid against standards/{ijw,iwmo}-3.2 when its facts are. */
export function composeMessage(message: Message, extras: ComposeExtras = {}): string {
  const { standard, type } = message.header;
  if (type !== message.type) throw new Error(`the header says ${type}, the message is a ${message.type}`);
  const m = `${standard === "iJw" ? "jw" : "wmo"}${type}`;
  const b = standard === "iJw" ? "ijw" : "iwmo";
  const ns = namespaces(standard, type);
  const w = new Writer(m, b);
  w.text = `<?xml version="1.0" encoding="UTF-8"?>\n<${m}:Bericht xmlns:${b}="${ns.base}" xmlns:${m}="${ns.message}">\n`;
  header(w, message.header);
  switch (message.type) {
    case "301":
      clientStart(w, message.client, extras, "full");
      w.open(2, "Contactgegevens");
      w.open(3, "Contact");
      w.leaf(4, "Soort", "01"); // COD757 01: the BRP address; the graph keeps no address, so none is given
      w.close(3, "Contact");
      w.close(2, "Contactgegevens");
      w.open(2, "ToegewezenProducten");
      for (const a of message.allocated) {
        w.open(3, "ToegewezenProduct");
        w.leaf(4, "ToewijzingNummer", a.number.value);
        product(w, 4, a.product);
        w.leaf(4, "Toewijzingsdatum", a.allocatedOn.value);
        w.leaf(4, "Toewijzingstijd", ALLOCATION_TIME);
        w.leaf(4, "Ingangsdatum", a.from.value);
        w.leaf(4, "Einddatum", a.to?.value);
        w.leaf(4, "RedenWijziging", a.changeReason?.value);
        w.close(3, "ToegewezenProduct");
      }
      w.close(2, "ToegewezenProducten");
      w.close(1, "Client");
      break;
    case "305":
      clientStart(w, message.client, extras, "short");
      w.open(2, "StartProducten");
      for (const s of message.started) {
        w.open(3, "StartProduct");
        w.leaf(4, "ToewijzingNummer", s.number.value);
        if (s.product) product(w, 4, s.product);
        w.leaf(4, "ToewijzingIngangsdatum", s.allocationFrom?.value);
        w.leaf(4, "Begindatum", s.start.value);
        w.leaf(4, "StatusAanlevering", s.status?.value ?? FIRST_DELIVERY);
        w.close(3, "StartProduct");
      }
      w.close(2, "StartProducten");
      w.close(1, "Client");
      break;
    case "307":
      clientStart(w, message.client, extras, "short");
      w.open(2, "StopProducten");
      for (const s of message.stopped) {
        if (!s.start) throw new Error(`a 307's StopProduct needs its Begindatum (allocation ${s.number.value} has no start)`);
        w.open(3, "StopProduct");
        w.leaf(4, "ToewijzingNummer", s.number.value);
        if (s.product) product(w, 4, s.product);
        w.leaf(4, "ToewijzingIngangsdatum", s.allocationFrom?.value);
        w.leaf(4, "Begindatum", s.start.value);
        w.leaf(4, "RedenBeeindiging", s.reason.value);
        w.leaf(4, "Einddatum", s.end.value);
        w.leaf(4, "StatusAanlevering", s.status?.value ?? FIRST_DELIVERY);
        w.close(3, "StopProduct");
      }
      w.close(2, "StopProducten");
      w.close(1, "Client");
      break;
    case "315":
      clientStart(w, message.client, extras, "short");
      w.open(2, "AangevraagdeProducten");
      for (const r of message.requested) {
        if (!r.referrerType) throw new Error(`a 315's AangevraagdProduct needs its Verwijzer/Type (reference ${r.reference.value} has none)`);
        w.open(3, "AangevraagdProduct");
        w.leaf(4, "ReferentieAanbieder", r.reference.value);
        product(w, 4, r.product);
        w.leaf(4, "ToewijzingIngangsdatum", r.from.value);
        w.leaf(4, "ToewijzingEinddatum", r.to?.value);
        w.open(4, "Verwijzer");
        w.base(5, "Type", r.referrerType.value);
        w.close(4, "Verwijzer");
        w.close(3, "AangevraagdProduct");
      }
      w.close(2, "AangevraagdeProducten");
      w.close(1, "Client");
      break;
    case "317": {
      const r = message.request;
      if (!r.reason) throw new Error(`a 317's Verzoek needs its RedenVerzoek (reference ${r.reference.value} has none)`);
      w.open(1, "Client");
      w.leaf(2, "Bsn", message.client.bsn.value);
      w.open(2, "Verzoek");
      w.leaf(3, "ReferentieAanbieder", r.reference.value);
      w.leaf(3, "RedenVerzoek", r.reason.value);
      // the facts do not say which kept allocations are to change (that needs a wished date), so all are unchanged
      if (r.numbers.length) {
        w.open(3, "OngewijzigdeProducten");
        for (const n of r.numbers) {
          w.open(4, "OngewijzigdProduct");
          w.leaf(5, "ToewijzingNummer", n.value);
          w.close(4, "OngewijzigdProduct");
        }
        w.close(3, "OngewijzigdeProducten");
      }
      if (r.newProducts.length) {
        w.open(3, "NieuweProducten");
        for (const p of r.newProducts) {
          w.open(4, "NieuwProduct");
          product(w, 5, p.product);
          w.leaf(5, "GewensteIngangsdatum", p.from.value);
          w.leaf(5, "Einddatum", p.to?.value);
          w.close(4, "NieuwProduct");
        }
        w.close(3, "NieuweProducten");
      }
      w.close(2, "Verzoek");
      w.close(1, "Client");
      break;
    }
    case "319": {
      // a 319 names no client: the provider's reference says which request it answers
      const a = message.answer;
      w.open(1, "Antwoord");
      w.leaf(2, "ReferentieAanbieder", a.reference.value);
      w.leaf(2, "VerzoekAntwoord", a.answer.value);
      w.leaf(2, "RedenAfwijzingVerzoek", a.rejection?.value);
      w.close(1, "Antwoord");
      break;
    }
  }
  return `${w.text}</${m}:Bericht>\n`;
}

function header(w: Writer, h: Header): void {
  w.open(1, "Header");
  w.leaf(2, "BerichtCode", MESSAGE_CODES[h.standard][h.type]);
  w.leaf(2, "BerichtVersie", "3");
  w.leaf(2, "BerichtSubversie", "2");
  w.leaf(2, "Afzender", h.sender.value);
  w.leaf(2, "Ontvanger", h.receiver.value);
  w.open(2, "BerichtIdentificatie");
  w.base(3, "Identificatie", h.id.value);
  w.base(3, "Dagtekening", h.dated.value);
  w.close(2, "BerichtIdentificatie");
  w.open(2, "XsdVersie");
  w.base(3, "BasisschemaXsdVersie", XSD_VERSION);
  w.base(3, "BerichtXsdVersie", XSD_VERSION);
  w.close(2, "XsdVersie");
  w.close(1, "Header");
}

/** Client up to its name: the 301 has the full name (CDT_VolledigeNaam), the others the short one. */
function clientStart(w: Writer, client: Client, extras: ComposeExtras, name: "full" | "short"): void {
  const birthDate = extras.birthDate ?? client.birthDate?.value;
  w.open(1, "Client");
  w.leaf(2, "Bsn", client.bsn.value);
  w.open(2, "Geboortedatum");
  w.base(3, "Datum", birthDate ?? "1900-01-01");
  if (birthDate === undefined) w.base(3, "DatumGebruik", "3");
  w.close(2, "Geboortedatum");
  w.leaf(2, "Geslacht", extras.gender ?? "0");
  w.open(2, "Naam");
  w.open(3, "Geslachtsnaam", w.b);
  w.base(4, "Achternaam", extras.name?.surname ?? "-");
  w.base(4, "Voorvoegsel", extras.name?.prefix);
  w.close(3, "Geslachtsnaam", w.b);
  w.base(3, "Voorletters", extras.name?.initials);
  if (name === "full") w.base(3, "NaamGebruik", "1"); // COD700 1: own name
  w.close(2, "Naam");
}

function product(w: Writer, depth: number, p: Product): void {
  w.open(depth, "Product");
  w.base(depth + 1, "Categorie", p.category.value);
  w.base(depth + 1, "Code", p.code?.value);
  w.close(depth, "Product");
}
