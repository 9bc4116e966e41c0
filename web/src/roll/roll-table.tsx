import { formatDate, useTexts } from "../i18n/texts";
import type { ItemDetails } from "./roll-input";

/** The same entries as the picture, as a table: for screen readers, and for reading dates exactly; a chosen hit's evidence says so. */
export function RollTable({ details, evidence }: { details: Map<string, ItemDetails>; evidence: ReadonlySet<string> | null }) {
  const { t, lang } = useTexts();
  const rows = [...details.entries()].sort((a, b) => a[1].date.localeCompare(b[1].date) || a[1].lane.localeCompare(b[1].lane));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t.roll.tableCaption}>
      <table className="roll-table">
        <caption>{t.roll.tableCaption}</caption>
        <thead>
          <tr><th scope="col">{t.roll.columns.date}</th><th scope="col">{t.roll.columns.until}</th><th scope="col">{t.roll.columns.lane}</th><th scope="col">{t.roll.columns.what}</th><th scope="col">{t.roll.columns.who}</th></tr>
        </thead>
        <tbody>
          {rows.map(([id, d]) => (
            <tr key={id} data-id={id} data-evidence={evidence?.has(id) || undefined} className={evidence?.has(id) ? "evidence" : undefined} tabIndex={evidence?.has(id) ? -1 : undefined}>
              <td>{formatDate(d.date, lang)}</td>
              <td>{d.untilHidden ? t.roll.endNotVisible : formatDate(d.until, lang)}</td>
              <td>{d.lane}</td>
              <td>{evidence?.has(id) && <><strong className="evidence-mark">{t.rollWords.evidence}</strong>{" "}</>}{d.title}{d.lines.length > 1 ? ` (${d.lines.slice(1).join("; ")})` : ""}</td>
              <td>{d.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
