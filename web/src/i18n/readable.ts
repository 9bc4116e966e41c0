import type { Texts } from "./nl";
import { formatDate, type Lang } from "./format";

/** Every code the API may put in a sentence, with the words for it in this language. */
function codeWords(t: Texts): Map<string, string> {
  return new Map<string, string>(Object.entries({
    ...t.domains, ...t.zrmDomains, ...t.eventTypes, ...t.results, ...t.endReasons, ...t.memberRoles,
  }));
}

/**
 * A sentence written by the API (a hit's explanation) as people read it: its ISO days as dates of
 * the page's language, its codes (GEESTELIJKE_GEZONDHEID, WMO) as words. Unknown words and names stay as they are.
 */
export function readable(text: string, t: Texts, lang: Lang): string {
  const words = codeWords(t);
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDate(day, lang))
    .replace(/\b[A-Z][A-Z_]+\b(?!\s+\p{Lu}\p{Ll})/gu, (code) => words.get(code) ?? code); // "GGZ Regio Voorbeeld" is a name
}
