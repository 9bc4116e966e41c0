import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { en } from "./en";
import { nl, type Texts } from "./nl";
import type { Lang } from "./format";

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

export { fill, formatDate, formatScore, parseDay, type Lang } from "./format";
