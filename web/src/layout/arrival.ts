import { useEffect } from "react";
import type { Texts } from "../i18n/nl";
import { fill } from "../i18n/texts";
import { shortId } from "./short-id";

/** The name of the page at a path, for document.title: "Huishouden h-s2 — behangrol". */
export function pageTitle(path: string, t: Texts, startPage: string): string {
  const household = /^\/households\/([^/]+)/.exec(path);
  const name = household ? fill(t.pageTitles.household, { id: shortId(decodeURIComponent(household[1]!)) })
    : path.startsWith("/reports") ? t.nav.reports
    : path.startsWith("/hits") ? t.nav.hits
    : path.startsWith("/find") ? t.nav.find
    : startPage;
  return fill(t.pageTitles.suffix, { title: name });
}

/**
 * After every navigation the page's h1 takes the focus (once it is there: pages load their data first),
 * so a screen reader says where one arrived and Tab goes on from there; unless the user already moved into the page.
 */
export function useFocusOnArrival(path: string): void {
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    const tryFocus = () => {
      const h1 = main.querySelector<HTMLElement>("h1");
      if (!h1) return false;
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active)) return true; // the user is already at work here
      h1.tabIndex = -1;
      h1.focus();
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => tryFocus() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => { observer.disconnect(); clearTimeout(stop); };
  }, [path]);
}
