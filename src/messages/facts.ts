/**
 * What behangrol reads from one iJw or iWmo 3.2 message (docs/messages.md): the facts the graph
 * needs and, for each, the element path it came from (for problems that say where). Names,
 * addresses and other details the graph does not need are not read at all.
 */
export type Standard = "iJw" | "iWmo";
/** The message types read; the technical return messages (302, 306, ...) are not. */
export const MESSAGE_TYPES = ["301", "305", "307", "315", "317", "319"] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** A value and where in the message it stands (`/Bericht/Client/StopProducten/StopProduct[2]/Einddatum`). */
export interface At<T = string> { value: T; path: string }

export interface Header {
  standard: Standard;
  type: MessageType;
  /** BerichtCode as sent (iJw 301 = 436, ...) */
  code: At;
  /** a municipality's 4-digit CBS code or a provider's 8-digit AGB code */
  sender: At;
  receiver: At;
  /** BerichtIdentificatie/Identificatie: with the sender, what makes a message unique */
  id: At;
  /** BerichtIdentificatie/Dagtekening */
  dated: At;
}

export interface Product { category: At; code?: At }

/** 301: one allocated product (ToegewezenProduct). */
export interface Allocated {
  number: At;
  product: Product;
  /** Toewijzingsdatum */
  allocatedOn: At;
  /** Ingangsdatum, Einddatum of the allocation */
  from: At;
  to?: At;
  /** RedenWijziging: a changed allocation (a later 301 for the same number) */
  changeReason?: At;
  /** ReferentieAanbieder: the request (315/317) this allocation answers, if any */
  reference?: At;
}

/** StatusAanlevering (COD467): 1 first delivery, 2 changed, 3 withdrawn (the earlier 305 or 307 no longer holds). */
export const WITHDRAWN = "3";

/** 305: a product started (StartProduct). */
export interface Started { number: At; product?: Product; allocationFrom?: At; start: At; status?: At }

/** 307: a product stopped (StopProduct). */
export interface Stopped { number: At; product?: Product; allocationFrom?: At; start?: At; end: At; reason: At; status?: At }

/** 315: a requested product (AangevraagdProduct), with who referred. */
export interface Requested {
  reference: At;
  product: Product;
  from: At;
  to?: At;
  /** Verwijzer/Type (COD327) */
  referrerType?: At;
}

/** 317: a request to change allocations (Verzoek): new products wanted, allocations to keep or change. */
export interface ChangeRequest {
  reference: At;
  /** RedenVerzoek (WJ758) */
  reason?: At;
  newProducts: Array<{ product: Product; from: At; to?: At }>;
  /** ToewijzingNummer of allocations kept or changed */
  numbers: At[];
}

/** 319: the municipality's answer to a request (Antwoord). */
export interface Answer {
  reference: At;
  /** VerzoekAntwoord (WJ760) */
  answer: At;
  /** RedenAfwijzingVerzoek (WJ759) */
  rejection?: At;
}

export interface Client {
  bsn: At;
  birthDate?: At;
}

export type Message =
  | { type: "301"; header: Header; client: Client; allocated: Allocated[] }
  | { type: "305"; header: Header; client: Client; started: Started[] }
  | { type: "307"; header: Header; client: Client; stopped: Stopped[] }
  | { type: "315"; header: Header; client: Client; requested: Requested[] }
  | { type: "317"; header: Header; client: Client; request: ChangeRequest }
  | { type: "319"; header: Header; client?: Client; answer: Answer };
