import { BadInputError } from "../errors";
import { addDays, isIsoDate } from "../dates";
import { neoDate } from "../graph/convert";
import type { DetectorSpec, Frame, ParamName, Params } from "./types";

/** The detector's parameters: the caller's where given, else the defaults; out of range is an error. */
export function resolveParams<P extends ParamName>(spec: DetectorSpec<P>, given: Params = {}): Record<P, number> {
  const out = {} as Record<P, number>;
  for (const [name, rule] of Object.entries(spec.params) as [P, { default: number; min: number; max: number }][]) {
    const value = given[name] ?? rule.default;
    if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
      throw new BadInputError(`params.${name}: must be a whole number from ${rule.min} to ${rule.max} for ${spec.kind}, got ${value}`, `params.${name}`);
    }
    out[name] = value;
  }
  return out;
}

export function checkFrame(frame: Frame): void {
  for (const key of ["asOf", "from", "to"] as const) {
    const v = frame[key];
    if (v !== null && !isIsoDate(v)) throw new BadInputError(`${key}: not a date: ${JSON.stringify(v)} (expected YYYY-MM-DD)`, key);
  }
  if (frame.from && frame.to && frame.from > frame.to) throw new BadInputError(`from (${frame.from}) is after to (${frame.to})`, "from");
}

/**
 * The frame as query parameters. Events count when since <= date <= until; an intervention's
 * period is cut to [since, cap): open (or ending after the frame) means running until cap.
 */
export function frameParams(frame: Frame): Record<string, unknown> {
  const until = frame.to && frame.to < frame.asOf ? frame.to : frame.asOf;
  const cap = frame.to && addDays(frame.to, 1) < frame.asOf ? addDays(frame.to, 1) : frame.asOf;
  return { asOf: neoDate(frame.asOf), since: neoDate(frame.from ?? "0001-01-01"), until: neoDate(until), cap: neoDate(cap) };
}
