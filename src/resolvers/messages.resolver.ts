import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import { bsnProblem, installationBsnKey, isBsn, NoBsnKeyError, type BsnKey } from "../access/bsn";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError } from "../errors";
import { importMessages } from "../messages/import-messages";
import { ImportResult } from "../model/import-result.type";
import { Person } from "../model/person.type";
import type { PersonRecord } from "../read/records";

/** The installation's BSN key, or the refusal a client can read when it has none (production without BSN_KEY). */
function bsnKey(): BsnKey {
  try {
    return installationBsnKey();
  } catch (error) {
    // FORBIDDEN, a code of the contract: this installation does not let anyone name a person by BSN (yet)
    if (error instanceof NoBsnKeyError) throw new GraphQLError(error.message, { extensions: { code: "FORBIDDEN" } });
    throw error;
  }
}

/** Texts per call: a larger archive is for `npm run import` (streamed), not one request. */
const MAX_MESSAGES = 5000;

@Resolver()
export class MessagesResolver {
  @Mutation(() => ImportResult, {
    description: "ADMIN: imports iJw/iWmo 3.2 messages (301, 305, 307, 315, 317, 319; one XML text each), all or nothing: every problem names " +
      "the message (`messages[3]`) and the element path, and nothing is written. A message received before (same type, sender and identification) " +
      "changes nothing; messages of other types (return messages, claims) are skipped. `counts` starts with kind MESSAGES (then SKIPPED_MESSAGES, if any). See docs/messages.md.",
  })
  async importMessages(@Arg("messages", () => [String], { description: "The XML texts, one message each; at most 5000 a call (a larger archive: npm run import)." }) messages: string[], @Ctx() ctx: Context): Promise<ImportResult> {
    requireRole(ctx, [Role.ADMIN], "Importing");
    if (messages.length > MAX_MESSAGES) throw new BadInputError(`messages: at most ${MAX_MESSAGES} per call (use npm run import for an archive)`);
    const { outcome, run, messages: counted } = await importMessages(ctx.graph, messages.map((text, i) => ({ name: `messages[${i}]`, text })), ctx.today, "import", { bsn: bsnKey() });
    for (const id of outcome.keys?.audit.households ?? []) ctx.access.touchedHouseholds.add(id);
    for (const id of outcome.keys?.audit.persons ?? []) ctx.access.touchedPersons.add(id);
    if (run) await ctx.runs.poll();
    return {
      ok: outcome.ok,
      source: outcome.source ?? null,
      errors: outcome.errors,
      counts: [
        { kind: "messages", received: counted.received, created: counted.created },
        ...(counted.skipped ? [{ kind: "skipped messages", received: counted.skipped, created: 0 }] : []),
        ...outcome.counts,
      ],
      received: outcome.counts.reduce((n, c) => n + c.received, 0),
      created: outcome.counts.reduce((n, c) => n + c.created, 0),
      detectionRun: run,
    };
  }

  @Query(() => Person, {
    nullable: true,
    description: "The person a BSN names (for a coordinator with a BSN on the phone), if your role may see them; audited. The BSN is " +
      "not stored: it is hashed with the installation's key and the person found by that. Refused to analysts.",
  })
  async personByBsn(@Arg("bsn", () => String, { description: "9 digits that pass the elfproef; hashed with the installation's key to find the person, never stored." }) bsn: string, @Ctx() ctx: Context): Promise<PersonRecord | null> {
    requireRole(ctx, [Role.ADMIN, Role.COORDINATOR, Role.AGENCY_WORKER], "Finding a person by BSN");
    if (!isBsn(bsn)) throw new BadInputError(`bsn ${bsnProblem(bsn)}`);
    const id = bsnKey().personId(bsn);
    const found = await ctx.loaders.person.load(id);
    if (!found) ctx.access.lookedUpInVain("Person", id);
    return found;
  }
}
