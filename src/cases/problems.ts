import { BadInputError } from "../errors";
import type { UserError } from "../model/case.type";

/** What a mutation's input got wrong, collected so the answer names every problem at once. */
export class Problems {
  readonly list: UserError[] = [];

  add(field: string, message: string): this {
    this.list.push({ field: ["input", ...field.split(".")], message });
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** A free text field: required or not, and at most `max` characters once trimmed. */
  text(field: string, value: string | null | undefined, max: number, required: string | null = null): string | null {
    const trimmed = value?.trim() ? value.trim() : null;
    if (!trimmed && required) this.add(field, required);
    if (trimmed && trimmed.length > max) this.add(field, `at most ${max} characters (this has ${trimmed.length})`);
    return trimmed;
  }
}

export interface Outcome<T> { value: T | null; userErrors: UserError[] }
export const failed = <T>(problems: Problems): Outcome<T> => ({ value: null, userErrors: problems.list });
export const done = <T>(value: T): Outcome<T> => ({ value, userErrors: [] });

/**
 * For the older mutations with flat arguments, which refuse input as an error: the value, or the
 * first problem as the BAD_USER_INPUT error they throw ("reason: say why ...", naming the field).
 */
export function valueOrThrow<T>(outcome: Outcome<T>): T {
  const [first] = outcome.userErrors;
  if (outcome.value !== null && !first) return outcome.value;
  const field = first ? first.field.slice(1).join(".") : "input";
  throw new BadInputError(`${field}: ${first?.message ?? "refused"}`, field);
}
