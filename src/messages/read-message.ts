import { MESSAGE_TYPES, type At, type Client, type Header, type Message, type MessageType, type Product, type Standard } from "./facts";
import { child, childrenNamed, pathOf, textOf, type XmlElement } from "./read-xml";

/** `http://www.istandaarden.nl/ijw/3_2/jw307/schema`: the standard, its release and the message type. */
const NAMESPACE = /^http:\/\/www\.istandaarden\.nl\/(ijw|iwmo)\/(\d+)_(\d+)\/(jw|wmo)(\d{3})\/schema$/;

export interface Kind { standard: Standard; type: MessageType }
export interface Problem { path: string; message: string }
/** A message of release 3.2 of a type behangrol does not read (a return message, a claim): skipped, and counted. */
export interface Skipped { skipped: string }

/** The standard and type a message's root says it is, or why it is not one behangrol reads. */
export function kindOf(root: XmlElement): Kind | Problem | Skipped {
  // the root's own name is not repeated unless it is the standard's: a file that is no message may name anything
  const at = root.name === "Bericht" ? "/Bericht" : "(root element)";
  const m = NAMESPACE.exec(root.ns);
  if (root.name !== "Bericht" || !m) return { path: at, message: "is not an iJw or iWmo message (its root must be Bericht in an iStandaarden namespace)" };
  const [, family, major, minor, prefix, type] = m as unknown as [string, string, string, string, string, string];
  const standard: Standard = family === "ijw" ? "iJw" : "iWmo";
  if ((family === "ijw") !== (prefix === "jw")) return { path: at, message: "has a namespace that mixes iJw and iWmo" };
  if (`${major}.${minor}` !== "3.2") return { path: at, message: `is ${standard} ${major}.${minor}; behangrol reads release 3.2` };
  // an archive holds the return messages (302, 306, ...) and claims (323) too: they say nothing behangrol uses
  if (!(MESSAGE_TYPES as readonly string[]).includes(type)) return { skipped: `${standard} ${type}` };
  return { standard, type: type as MessageType };
}

const at = (e: XmlElement | undefined): At | undefined => (e ? { value: textOf(e) as string, path: pathOf(e) } : undefined);
/** A value the XSD requires: absent only when the XSD check already said so. */
const must = (e: XmlElement | undefined, parent: XmlElement, name: string): At => at(e) ?? { value: "", path: `${pathOf(parent)}/${name}` };
const field = (e: XmlElement, name: string): At => must(child(e, name), e, name);
const optional = (e: XmlElement, name: string): At | undefined => at(child(e, name));

function productOf(e: XmlElement): Product | undefined {
  const p = child(e, "Product");
  if (!p) return undefined;
  const code = optional(p, "Code");
  return { category: field(p, "Categorie"), ...(code ? { code } : {}) };
}
const optProduct = (e: XmlElement): { product?: Product } => {
  const product = productOf(e);
  return product ? { product } : {};
};
const productOrEmpty = (e: XmlElement): Product => productOf(e) ?? { category: { value: "", path: `${pathOf(e)}/Product` } };

function headerOf(root: XmlElement, kind: Kind): Header {
  const h = child(root, "Header") ?? root;
  const ident = child(h, "BerichtIdentificatie") ?? h;
  return {
    standard: kind.standard, type: kind.type,
    code: field(h, "BerichtCode"), sender: field(h, "Afzender"), receiver: field(h, "Ontvanger"),
    id: field(ident, "Identificatie"), dated: field(ident, "Dagtekening"),
  };
}

function clientOf(c: XmlElement): Client {
  // DatumGebruik 3 (COD170): the date is wholly unknown, whatever Datum says
  const known = textOf(child(child(c, "Geboortedatum"), "DatumGebruik")) !== "3";
  const birth = known ? child(child(c, "Geboortedatum"), "Datum") : undefined;
  return { bsn: field(c, "Bsn"), ...(birth ? { birthDate: at(birth) as At } : {}) };
}

const opt = <K extends string>(key: K, v: At | undefined): { [P in K]?: At } => (v ? ({ [key]: v } as { [P in K]?: At }) : {});

/**
 * The facts of a message the XSD accepted (read-message never sees one it refused): what the graph
 * needs, each with its element path. Version and BerichtCode are checked by the rules.
 */
export function readMessage(root: XmlElement, kind: Kind): Message {
  const header = headerOf(root, kind);
  const c = child(root, "Client") ?? root;
  switch (kind.type) {
    case "301":
      return {
        type: "301", header, client: clientOf(c),
        allocated: childrenNamed(child(c, "ToegewezenProducten"), "ToegewezenProduct").map((p) => ({
          number: field(p, "ToewijzingNummer"), product: productOrEmpty(p), allocatedOn: field(p, "Toewijzingsdatum"),
          from: field(p, "Ingangsdatum"), ...opt("to", optional(p, "Einddatum")),
          ...opt("changeReason", optional(p, "RedenWijziging")), ...opt("reference", optional(p, "ReferentieAanbieder")),
        })),
      };
    case "305":
      return {
        type: "305", header, client: clientOf(c),
        started: childrenNamed(child(c, "StartProducten"), "StartProduct").map((p) => ({
          number: field(p, "ToewijzingNummer"), ...optProduct(p),
          ...opt("allocationFrom", optional(p, "ToewijzingIngangsdatum")), start: field(p, "Begindatum"),
          ...opt("status", optional(p, "StatusAanlevering")),
        })),
      };
    case "307":
      return {
        type: "307", header, client: clientOf(c),
        stopped: childrenNamed(child(c, "StopProducten"), "StopProduct").map((p) => ({
          number: field(p, "ToewijzingNummer"), ...optProduct(p),
          ...opt("allocationFrom", optional(p, "ToewijzingIngangsdatum")), ...opt("start", optional(p, "Begindatum")),
          end: field(p, "Einddatum"), reason: field(p, "RedenBeeindiging"), ...opt("status", optional(p, "StatusAanlevering")),
        })),
      };
    case "315":
      return {
        type: "315", header, client: clientOf(c),
        requested: childrenNamed(child(c, "AangevraagdeProducten"), "AangevraagdProduct").map((p) => ({
          reference: field(p, "ReferentieAanbieder"), product: productOrEmpty(p),
          from: field(p, "ToewijzingIngangsdatum"), ...opt("to", optional(p, "ToewijzingEinddatum")),
          ...opt("referrerType", optional(child(p, "Verwijzer") ?? p, "Type")),
        })),
      };
    case "317": {
      const v = child(c, "Verzoek") ?? c;
      const numbered = [
        ...childrenNamed(child(v, "OngewijzigdeProducten"), "OngewijzigdProduct"),
        ...childrenNamed(child(v, "TeWijzigenProducten"), "TeWijzigenProduct"),
      ];
      return {
        type: "317", header, client: clientOf(c),
        request: {
          reference: field(v, "ReferentieAanbieder"), ...opt("reason", optional(v, "RedenVerzoek")),
          numbers: numbered.map((p) => field(p, "ToewijzingNummer")),
          newProducts: childrenNamed(child(v, "NieuweProducten"), "NieuwProduct").map((p) => ({
            product: productOrEmpty(p), from: field(p, "GewensteIngangsdatum"), ...opt("to", optional(p, "Einddatum")),
          })),
        },
      };
    }
    case "319": {
      const a = child(root, "Antwoord") ?? root;
      const client = child(root, "Client");
      return {
        type: "319", header, ...(client ? { client: clientOf(client) } : {}),
        answer: { reference: field(a, "ReferentieAanbieder"), answer: field(a, "VerzoekAntwoord"), ...opt("rejection", optional(a, "RedenAfwijzingVerzoek")) },
      };
    }
  }
}
