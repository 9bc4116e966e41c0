import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { utcParse } from "d3-time-format";
import { en } from "./en";
import { nl, type Texts } from "./nl";

export type Lang = "nl" | "en";
const LANG_KEY = "behangrol.lang"; // a preference, not personal data: kept across visits

const TextsContext = createContext<{ t: Texts; lang: Lang; setLang: (l: Lang) => void }>({ t: nl, lang: "nl", setLang: () => {} });

export function TextsProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === "en" ? "en" : "nl"));
  useEffect(() => {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return <TextsContext.Provider value={{ t: lang === "en" ? en : nl, lang, setLang }}>{children}</TextsContext.Provider>;
}

export const useTexts = () => useContext(TextsContext);

/** Fills {name} placeholders: fill("{count} new", { count: 3 }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
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
