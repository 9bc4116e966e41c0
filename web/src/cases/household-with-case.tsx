import { useMemo, useState } from "react";
import { useSearchParams } from "wouter";
import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { localToday } from "../roll/days";
import { HouseholdPage } from "../roll/household-page";
import { CasePanel, planForRoll, useHouseholdCase } from "./case-panel";

/** /households/:id — the roll with the household's case: its plan drawn on the roll and printed, the case beside it. */
export function HouseholdWithCase({ id }: { id: string }) {
  const data = useHouseholdCase(id);
  const [params] = useSearchParams();
  const today = useMemo(localToday, []);
  const plan = useMemo(() => planForRoll(data.case), [data.case]);
  const [changes, setChanges] = useState(0);
  return (
    <>
      <HouseholdPage id={id} plan={plan} extra={data.case ? <PrintedCase c={data.case} /> : null} onChanged={data.refresh} refreshKey={changes} />
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
