import { addDays } from "../dates";

/** Lists in a sentence: "A, B and C" / "A, B en C". */
export function listOf(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The last day of a half-open period, for people: [2023-05-01, 2023-08-04) reads "2023-05-01 to 2023-08-03". */
export const lastDay = (exclusiveEnd: string): string => addDays(exclusiveEnd, -1);

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
