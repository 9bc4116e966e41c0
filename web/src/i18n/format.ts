import { utcParse } from "d3-time-format";
import { pluralOf } from "./plural";

export type Lang = "nl" | "en";

/**
 * Fills {name} placeholders, and {name:one|other} with the word for that count:
 * fill("{count} {count:paar|paren}", { count: 1 }) is "1 paar" (Intl.PluralRules of the language).
 */
export function fill(text: string, values: Record<string, string | number>, lang: Lang = "nl"): string {
  return text.replace(/\{(\w+)(?::([^}]*))?\}/g, (whole, key: string, forms: string | undefined) => {
    if (!(key in values)) return whole;
    const value = values[key];
    return forms === undefined ? String(value) : pluralOf(lang, Number(value), forms);
  });
}

/** A date as people read it in the current language: 3 mrt. 2024. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "";
  const date = parseDay(iso.slice(0, 10));
  if (!date) return iso;
  return date.toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** An ISO day (YYYY-MM-DD) as a UTC date, or null. */
export const parseDay = utcParse("%Y-%m-%d");

/** A number with one decimal as the language writes it: 6,0 in Dutch, 6.0 in English. */
export function formatScore(value: number, lang: Lang): string {
  return value.toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
