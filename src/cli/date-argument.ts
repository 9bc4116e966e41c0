import { InvalidArgumentError } from "commander";
import { isIsoDate } from "../dates";

/** A command-line date: YYYY-MM-DD, or commander says what it must be. */
export function dateArgument(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("a date YYYY-MM-DD");
  return value;
}
