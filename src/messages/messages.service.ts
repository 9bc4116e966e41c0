import { GraphQLError } from "graphql";
import { installationBsnKey, NoBsnKeyError, type BsnKey } from "../access/bsn";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import { done, failed, Problems, type Outcome } from "../cases/problems";
import type { Context } from "../context";
import { answerImport } from "../import/delivery.service";
import type { ImportResult } from "../model/import-result.type";
import { importMessages } from "./import-messages";

/** Texts per call: a larger archive is for `npm run import` (streamed), not one request. */
export const MAX_MESSAGES = 5000;

/** The installation's BSN key, or the refusal a client can read when it has none (production without BSN_KEY). */
export function bsnKey(): BsnKey {
  try {
    return installationBsnKey();
  } catch (error) {
    // FORBIDDEN, a code of the contract: this installation does not let anyone name a person by BSN (yet)
    if (error instanceof NoBsnKeyError) throw new GraphQLError(error.message, { extensions: { code: "FORBIDDEN" } });
    throw error;
  }
}

/**
 * ADMIN: iJw/iWmo 3.2 message texts, all or nothing, each named `messages[i]` in what is said of it.
 * Too many texts for one call is a problem of the input: then nothing is read.
 */
export async function importMessageTexts(ctx: Context, messages: string[]): Promise<Outcome<ImportResult>> {
  requireRole(ctx, [Role.ADMIN], "Importing");
  if (messages.length > MAX_MESSAGES) return failed(new Problems().add("messages", `at most ${MAX_MESSAGES} per call (use npm run import for an archive)`));
  const imported = await importMessages(ctx.graph, messages.map((text, i) => ({ name: `messages[${i}]`, text })), ctx.today, "import", { bsn: bsnKey() });
  const counted = imported.messages;
  return done(await answerImport(ctx, imported, [
    { kind: "messages", received: counted.received, created: counted.created },
    ...(counted.skipped ? [{ kind: "skipped messages", received: counted.skipped, created: 0 }] : []),
  ]));
}
