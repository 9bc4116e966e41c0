import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { bsnProblem, isBsn } from "../access/bsn";
import { requireRole } from "../access/guard";
import { Role } from "../access/viewer";
import type { Context } from "../context";
import { BadInputError } from "../errors";
import { importPayload, messageProblem } from "../import/import-payload";
import { bsnKey, importMessageTexts } from "../messages/messages.service";
import { ImportStandardMessagesInput, ImportStandardMessagesPayload } from "../model/import-payload.type";
import { ImportResult } from "../model/import-result.type";
import { Person } from "../model/person.type";
import type { PersonRecord } from "../read/records";

@Resolver()
export class MessagesResolver {
  @Mutation(() => ImportResult, {
    description: "ADMIN: imports iJw/iWmo 3.2 messages (301, 305, 307, 315, 317, 319; one XML text each), all or nothing: every problem names " +
      "the message (`messages[3]`) and the element path, and nothing is written. A message received before (same type, sender and identification) " +
      "changes nothing; messages of other types (return messages, claims) are skipped. `counts` starts with kind MESSAGES (then SKIPPED_MESSAGES, if any). See docs/messages.md.",
  })
  async importMessages(@Arg("messages", () => [String], { description: "The XML texts, one message each; at most 5000 a call (a larger archive: npm run import)." }) messages: string[], @Ctx() ctx: Context): Promise<ImportResult> {
    const imported = await importMessageTexts(ctx, messages);
    // as it always was: an error that names no field (valueOrThrow would name one)
    if (!imported.value) throw new BadInputError(`messages: ${imported.userErrors[0]?.message ?? "refused"}`);
    return imported.value;
  }

  @Mutation(() => ImportStandardMessagesPayload, {
    description: "ADMIN: importMessages with an input and userErrors: imports iJw/iWmo 3.2 messages, all or nothing; every problem is a userError at " +
      "[\"input\", \"messages\", index] and the element's steps, and nothing is written. See docs/messages.md.",
  })
  async importStandardMessages(@Arg("input", () => ImportStandardMessagesInput, { description: "The message texts." }) input: ImportStandardMessagesInput, @Ctx() ctx: Context) {
    return importPayload(await importMessageTexts(ctx, input.messages), messageProblem);
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
