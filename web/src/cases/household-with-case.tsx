import { useMemo, useState } from "react";
import { useSearchParams } from "wouter";
import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { localToday } from "../roll/days";
import { HouseholdPage } from "../roll/household-page";
import { useViewer } from "../session/session";
import { CasePanel, planForRoll, useHouseholdCase } from "./case-panel";
import { CaseNoteForm } from "./note-and-assign";

/** /households/:id — the roll with the household's case: its plan drawn on the roll and printed, the case beside it. */
export function HouseholdWithCase({ id }: { id: string }) {
  const data = useHouseholdCase(id);
  const [params] = useSearchParams();
  const today = useMemo(localToday, []);
  const plan = useMemo(() => planForRoll(data.case), [data.case]);
  const [changes, setChanges] = useState(0);
  return (
    <>
      <HouseholdPage id={id} plan={plan} extra={data.case ? <PrintedCase c={data.case} /> : null} onChanged={data.refresh} refreshKey={changes}
        itemNotes={data.case ? (itemId) => <ItemNotes c={data.case as CaseFieldsFragment} itemId={itemId} onDone={() => { data.refresh(); setChanges((n) => n + 1); }} /> : undefined} />
      <div className="screen-only">
        <CasePanel householdId={id} hitId={params.get("hit")} today={today} data={data} onChanged={() => setChanges((n) => n + 1)} />
      </div>
    </>
  );
}

/** The case on paper, for the table: status, regisseur, goals in the family's words, the last agreements. */
function PrintedCase({ c }: { c: CaseFieldsFragment }) {
  const { t, lang } = useTexts();
  const last = c.conferences.at(-1);
  return (
    <section className="print-case">
      <h2>{t.cases.title}: {t.cases.statuses[c.status]}</h2>
      <p>{t.cases.regisseur}: {c.regisseur ? c.regisseur.name ?? c.regisseur.id : t.cases.noRegisseur}
        {" · "}{t.cases.legalGround}: {c.legalGround ? t.consentBases[c.legalGround] : ""}{c.legalArticle ? ` (${c.legalArticle})` : ""}</p>
      {c.plan && (
        <>
          <h3>{t.cases.goals}</h3>
          <ul>{c.plan.goals.map((g) => <li key={g.id}>{t.zrmDomains[g.domain]}: {g.goal}{g.familyWords ? ` — “${g.familyWords}”` : ""}</li>)}</ul>
        </>
      )}
      {last && (
        <p>{fill(t.cases.conferenceLine, { date: formatDate(last.date, lang), count: last.participants.length }, lang)}
          {last.agreements ? ` — ${t.cases.agreements}: ${last.agreements}` : ""}</p>
      )}
    </section>
  );
}

/** The case's notes on one item of the roll, and (for whoever works on the case) a new one. */
function ItemNotes({ c, itemId, onDone }: { c: CaseFieldsFragment; itemId: string; onDone: () => void }) {
  const { t, lang } = useTexts();
  const role = useViewer().role;
  const notes = c.history.filter((h) => h.aboutItemId === itemId && h.note);
  const canWork = (role === "ADMIN" || role === "COORDINATOR") && c.status !== "CLOSED";
  return (
    <div className="item-notes">
      {notes.length > 0 && (
        <ul aria-label={t.cases.itemNotes}>
          {notes.map((n, i) => <li key={i}>{formatDate(n.at, lang)}{n.byProfessional?.name ? ` · ${n.byProfessional.name}` : ""}: <q>{n.note}</q></li>)}
        </ul>
      )}
      {canWork && (
        <details key={`${itemId}-${notes.length}`}>
          <summary>{t.cases.addItemNote}</summary>
          <CaseNoteForm caseId={c.id} itemId={itemId} onDone={onDone} />
        </details>
      )}
    </div>
  );
}
