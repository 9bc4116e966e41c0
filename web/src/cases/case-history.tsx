import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";

/** What happened to the case, oldest first: what, when, by whom, and the note. */
export function CaseHistory({ history }: { history: CaseFieldsFragment["history"] }) {
  const { t, lang } = useTexts();
  return (
    <details className="case-history">
      <summary>{t.cases.history} ({history.length})</summary>
      <ol>
        {history.map((h, i) => (
          <li key={i}>
            <strong>{formatDate(h.at, lang)}</strong> · {t.cases.changeKinds[h.kind]}
            {h.to && h.kind !== "OPENED" ? `: ${t.cases.statuses[h.to]}` : ""}
            {h.regisseur?.name ? `: ${h.regisseur.name}` : ""}
            {h.byProfessional?.name ? ` · ${fill(t.cases.by, { name: h.byProfessional.name })}` : ""}
            {h.aboutFrom && h.aboutTo ? ` · ${fill(t.cases.notePeriod, { from: formatDate(h.aboutFrom, lang), to: formatDate(h.aboutTo, lang) })}` : ""}
            {h.aboutItemId ? ` · ${t.cases.noteItem}` : ""}
            {h.note ? <> — <q>{h.note}</q></> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
