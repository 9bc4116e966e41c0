import type { MessageType, Standard } from "./facts";

/**
 * The code lists the rules and the mapping use, per standard. The tables themselves are in
 * code-lists.ts (from the standard's own lists); here is only what behangrol asks of them.
 */
import * as lists from "./code-lists";

type EndReason = "COMPLETED" | "CLIENT_WITHDREW" | "RELATIONSHIP_BROKEN" | "MOVED" | "OTHER";

/**
 * The standard's reasons for ending, as behangrol's endReason (shared/data-format.md): the two
 * standards number the same things differently (client 32 / 21, provider 33 / 22, plan 31 / 19).
 */
const END_REASON: Record<Standard, Record<string, EndReason>> = {
  iJw: { "31": "COMPLETED", "34": "COMPLETED", "32": "CLIENT_WITHDREW", "33": "RELATIONSHIP_BROKEN" },
  iWmo: { "19": "COMPLETED", "23": "COMPLETED", "21": "CLIENT_WITHDREW", "22": "RELATIONSHIP_BROKEN", "31": "MOVED" },
};

export const codes = {
  messageCode: (standard: Standard, type: MessageType): string => lists.MESSAGE_CODES[standard][type],
  productCategory: (standard: Standard, code: string): string | undefined => lists.PRODUCT_CATEGORIES[standard][code],
  productList: (standard: Standard): string => (standard === "iJw" ? "JZ020" : "WMO020"),
  endReason: (standard: Standard, code: string): EndReason | undefined =>
    lists.END_REASONS[standard][code] === undefined ? undefined : (END_REASON[standard][code] ?? "OTHER"),
  endReasonLabel: (standard: Standard, code: string): string | undefined => lists.END_REASONS[standard][code],
  endReasonList: (standard: Standard): string => (standard === "iJw" ? "JZ588" : "WMO588"),
  /** 38: the client switched to another provider (both standards) */
  isProviderSwitch: (code: string): boolean => code === "38",
  changeReason: (standard: Standard, code: string): string | undefined => lists.CHANGE_REASONS[standard][code],
  changeList: (standard: Standard): string => (standard === "iJw" ? "JZ002" : "WMO002"),
  referrer: (code: string): string | undefined => lists.REFERRER_TYPES[code],
  requestReason: (code: string): string | undefined => lists.REQUEST_REASONS[code],
  answer: (code: string): string | undefined => lists.REQUEST_ANSWERS[code],
  rejection: (code: string): string | undefined => lists.REJECTION_REASONS[code],
};
