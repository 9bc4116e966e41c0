import { bsnProblem, isBsn } from "../access/bsn";
import { isIsoDate as isDate } from "../dates";
import { codes } from "./codes";
import type { At, Message, Product, Standard } from "./facts";
import type { Problem } from "./read-message";

/** A municipality is named by its 4-digit CBS code, a provider by its 8-digit AGB code. */
const MUNICIPALITY = /^[0-9]{4}$/;
const PROVIDER = /^[0-9]{8}$/;

/**
 * The rules that make one message meaningful, beyond its XSD (docs/messages.md): the message code
 * and the parties fit its type, the BSN passes the elfproef, dates exist, are in order and are not
 * in the future, codes come from their lists. Problems name the element path and never quote a
 * BSN, a name or an address (dates and codes are neither).
 */
export function checkMessage(m: Message, today: string): Problem[] {
  const problems: Problem[] = [];
  const say = (where: At | { path: string }, message: string): void => void problems.push({ path: where.path, message });
  const { header } = m;
  const { standard } = header;

  const expected = codes.messageCode(standard, m.type);
  if (header.code.value !== expected) say(header.code, `is ${header.code.value || "empty"}, but a ${standard} ${m.type} has BerichtCode ${expected}`);
  const fromMunicipality = m.type === "301" || m.type === "319";
  const [municipality, provider] = fromMunicipality ? [header.sender, header.receiver] : [header.receiver, header.sender];
  if (!MUNICIPALITY.test(municipality.value)) say(municipality, `must be a municipality's CBS code (4 digits): a ${m.type} goes ${fromMunicipality ? "from" : "to"} the municipality`);
  if (!PROVIDER.test(provider.value)) say(provider, `must be a provider's AGB code (8 digits): a ${m.type} goes ${fromMunicipality ? "to" : "from"} the provider`);
  /** A date of care may be repeated in a problem (not personal); only in the shape of one, and never a birth date. */
  const date = (at: At | undefined, personal = false): string | undefined => {
    if (!at) return undefined;
    if (!isDate(at.value)) {
      say(at, !personal && /^\d{4}-\d{2}-\d{2}$/.test(at.value) ? `${at.value} is not a date` : "is not a date (YYYY-MM-DD)");
      return undefined;
    }
    return at.value;
  };
  const inOrder = (from: At | undefined, to: At | undefined, what: string): void => {
    const [f, t] = [date(from), date(to)];
    if (f && t && t < f && to) say(to, `${t} is before ${what} ${f}`);
  };
  const dated = date(header.dated);
  if (dated && dated > today) say(header.dated, `${dated} is after today (${today}): a message cannot be dated in the future`);

  if (m.client) {
    if (!isBsn(m.client.bsn.value)) say(m.client.bsn, bsnProblem(m.client.bsn.value));
    const born = date(m.client.birthDate, true);
    if (born && m.client.birthDate && (born < "1900-01-01" || born > today)) say(m.client.birthDate, "must lie between 1900 and today (the value is not repeated: it is personal)");
  }
  const product = (p: Product | undefined): void => {
    if (p && !codes.productCategory(standard, p.category.value)) say(p.category, `is not a product category of ${codes.productList(standard)}`);
  };

  switch (m.type) {
    case "301":
      for (const a of m.allocated) {
        product(a.product);
        date(a.allocatedOn);
        inOrder(a.from, a.to, "the allocation's Ingangsdatum");
        if (a.changeReason && !codes.changeReason(standard, a.changeReason.value)) say(a.changeReason, `is not a reason for change of ${codes.changeList(standard)}`);
      }
      break;
    case "305":
      for (const s of m.started) {
        product(s.product);
        date(s.allocationFrom);
        const start = date(s.start);
        if (start && start > today) say(s.start, `${start} is after today (${today}): care cannot have started yet`);
      }
      break;
    case "307":
      for (const s of m.stopped) {
        product(s.product);
        date(s.allocationFrom);
        inOrder(s.start, s.end, "its Begindatum");
        const end = date(s.end);
        if (end && end > today) say(s.end, `${end} is after today (${today}): care cannot have stopped yet`);
        if (!codes.endReason(standard, s.reason.value)) say(s.reason, `is not a reason for ending of ${codes.endReasonList(standard)}`);
      }
      break;
    case "315":
      for (const r of m.requested) {
        product(r.product);
        inOrder(r.from, r.to, "its ToewijzingIngangsdatum");
        if (r.referrerType && !codes.referrer(r.referrerType.value)) say(r.referrerType, "is not a referrer type of COD327");
      }
      break;
    case "317":
      if (m.request.reason && !codes.requestReason(m.request.reason.value)) say(m.request.reason, "is not a reason for a request of WJ758");
      for (const p of m.request.newProducts) {
        product(p.product);
        inOrder(p.from, p.to, "its GewensteIngangsdatum");
      }
      break;
    case "319":
      if (!codes.answer(m.answer.answer.value)) say(m.answer.answer, "is not an answer of WJ760");
      if (m.answer.rejection && !codes.rejection(m.answer.rejection.value)) say(m.answer.rejection, "is not a reason for rejection of WJ759");
      break;
  }
  return problems;
}

/** The standard a problem about a code list names. */
export type { Standard };
