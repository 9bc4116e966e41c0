import { useEffect, type ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { useTexts } from "../i18n/texts";
import { useSession, useViewer } from "../session/session";
import { pageTitle, useFocusOnArrival } from "./arrival";

/** Header (who, why, where), then the page. The purpose stays in sight on every page. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useTexts();
  const { purpose, signOut, changePurpose } = useSession();
  const viewer = useViewer();
  const [location] = useLocation();
  const patterns = viewer.role !== "AGENCY_WORKER"; // an agency sees its own records, not pattern reports
  useEffect(() => {
    document.title = pageTitle(location, t, t.nav.queue);
  }, [location, t, patterns]);
  useFocusOnArrival(location);
  const current = (path: string) => (path === "/" ? location === "/" : location.startsWith(path)) ? "page" : undefined;
  return (
    <>
      <a className="skip" href="#main">{t.skipToContent}</a>
      <header className="app-header">
      <div className="top">
        <div className="brand"><Link href="/">{t.appName}</Link></div>
        <nav aria-label={t.appName}>
          <ul>
            <li><Link href="/" aria-current={current("/")}>{t.nav.queue}</Link></li>
            {patterns && <li><Link href="/hits" aria-current={current("/hits")}>{t.nav.hits}</Link></li>}
            {patterns && <li><Link href="/reports" aria-current={current("/reports")}>{t.nav.reports}</Link></li>}
            <li><Link href="/find" aria-current={current("/find")}>{t.nav.find}</Link></li>
          </ul>
        </nav>
        <div className="who">
          <span>{viewer.name ?? viewer.userId} · {t.roles[viewer.role]}{viewer.agency ? ` · ${viewer.agency.name}` : ""}</span>
          <button type="button" className="link" onClick={() => setLang(lang === "nl" ? "en" : "nl")} lang={lang === "nl" ? "en" : "nl"}>{t.otherLanguage}</button>
          <button type="button" className="link" onClick={() => signOut()}>{t.signOut}</button>
        </div>
      </div>
      <div className="purpose">
        <strong>{t.purpose.shown}:</strong> <span data-testid="purpose">{purpose}</span>{" "}
        <button type="button" className="link" onClick={changePurpose}>{t.purpose.change}</button>
        <span className="confidential">{t.confidential}</span>
      </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
