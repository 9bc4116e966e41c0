import { formatDate, useTexts } from "../i18n/texts";
import type { ItemDetails } from "./roll-input";

/** The same entries as the picture, as a table: for screen readers, and for reading dates exactly. */
export function RollTable({ details }: { details: Map<string, ItemDetails> }) {
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
            <tr key={id} data-id={id}>
              <td>{formatDate(d.date, lang)}</td>
              <td>{d.untilHidden ? t.roll.endNotVisible : formatDate(d.until, lang)}</td>
              <td>{d.lane}</td>
              <td>{d.title}{d.lines.length > 1 ? ` (${d.lines.slice(1).join("; ")})` : ""}</td>
              <td>{d.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
