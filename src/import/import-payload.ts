import type { Outcome } from "../cases/problems";
import type { UserError } from "../model/case.type";
import type { ImportError, ImportResult } from "../model/import-result.type";

/** A delivery's JSON path as steps: `interventions[3].start` is interventions, 3, start; "(delivery)", the whole, is none. */
export function jsonSteps(path: string): string[] {
  if (path.startsWith("(")) return [];
  return [...path.matchAll(/\[(\d+)\]|\.?([^.[]+)/g)].map((m) => (m[1] ?? m[2]) as string);
}

/** A problem of a delivery as a problem of the input's `dataset`, at the same path. */
export const deliveryProblem = (e: ImportError): UserError => ({ field: ["input", "dataset", ...jsonSteps(e.path)], message: e.message });

/**
 * A problem of message texts as a problem of the input's `messages`: `messages[3]: /Bericht/Client/Einddatum`
 * is at messages, 3, Bericht, Client, Einddatum (an element that repeats keeps its XPath number: `StopProduct[2]`);
 * a line, or the whole message, is said in the message. Problems of the whole import are at messages.
 */
export function messageProblem(e: ImportError): UserError {
  const at = /^messages\[(\d+)\]: (.*)$/s.exec(e.path);
  if (!at) return { field: ["input", "messages"], message: e.path.startsWith("(import)") ? e.message : `${e.path}: ${e.message}` };
  const [, index, where] = at as unknown as [string, string, string];
  if (where.startsWith("/")) return { field: ["input", "messages", index, ...where.split("/").filter(Boolean)], message: e.message };
  return { field: ["input", "messages", index], message: where === "(message)" ? e.message : `${where}: ${e.message}` };
}

/** An import's payload: its result once written, or every problem that refused it as a userError (and no result). */
export function importPayload(outcome: Outcome<ImportResult>, asUserError: (e: ImportError) => UserError): { result: ImportResult | null; userErrors: UserError[] } {
  if (!outcome.value) return { result: null, userErrors: outcome.userErrors };
  if (!outcome.value.ok) return { result: null, userErrors: outcome.value.errors.map(asUserError) };
  return { result: outcome.value, userErrors: [] };
}
