import { z } from "zod";
import type { Context } from "../context";
import { detect } from "../detectors/detect.service";
import { PatternKind, PARAM_NAMES, type Hit } from "../detectors/types";
import type { Cursors, CursorShape } from "../read/paging";
import { liveHit, type WorkHit } from "./stored.service";

const LIVE_HIT: CursorShape = { list: "liveHit", key: ["string", "string", "string", "string"] };
const PREFIX = "live_";

/** The frame a live hit was computed in, as liveHit keeps it (JSON of asOf, from, to, params). */
const frameOf = z.object({
  asOf: z.string(), from: z.string().nullable(), to: z.string().nullable(),
  params: z.partialRecord(z.enum(PARAM_NAMES), z.number()),
});
const keyOf = z.tuple([z.enum(PatternKind), z.enum(["Household", "Person"]), z.string(), z.string()]);

/** A live hit's id: sealed (it shows no subject), and naming its frame, since another frame is another object. */
export function liveHitId(cursors: Cursors, hit: WorkHit): string {
  return `${PREFIX}${cursors.encode(LIVE_HIT, [hit.kind, hit.subjectType, hit.subjectId, hit.frame ?? ""])}`;
}

/**
 * A live hit computed again from its id, over its subject's households only (a person's: every one
 * it was ever a member of), in the frame and with the parameters it was found with: what the same
 * patternHits question answers now, before any access rule. Null for an id that is not one of ours,
 * or whose subject the detector no longer flags (or, for a person, who belongs to no household).
 */
export async function liveHitAgain(ctx: Context, id: string): Promise<WorkHit | null> {
  const key = id.startsWith(PREFIX) ? open(ctx.cursors, id.slice(PREFIX.length)) : null;
  const parsed = key && keyOf.safeParse(key);
  if (!parsed?.success) return null;
  const [kind, subjectType, subjectId, frameText] = parsed.data;
  const frame = frameOf.safeParse(parseJson(frameText));
  if (!frame.success) return null;
  const { params, ...window } = frame.data;
  const households = subjectType === "Household" ? [subjectId] : await ctx.access.householdsEver(subjectId);
  if (!households.length) return null;
  const found = (await detect(ctx.graph, kind, window, params, households)).find((h: Hit) => h.subjectType === subjectType && h.subjectId === subjectId);
  return found ? { ...liveHit(frame.data)(found), frame: frameText } : null; // the frame as it was sealed: the same id
}

/** A sealed key, or null where it is none of this list's (a forged or foreign id finds nothing, as an unknown one). */
function open(cursors: Cursors, sealed: string): (string | number)[] | null {
  try {
    return cursors.decode(sealed, LIVE_HIT);
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
