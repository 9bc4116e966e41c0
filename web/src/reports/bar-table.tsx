export interface BarRow { key: string; label: string; value: number }

/** A count per row with a bar beside it: the table is what screen readers read, the bars are for the eye. */
export function BarTable({ caption, rows, valueLabel, nameLabel, testId }: { caption: string; rows: BarRow[]; valueLabel: string; nameLabel: string; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="bar-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{nameLabel}</th><th scope="col" className="num">{valueLabel}</th><th scope="col" aria-hidden="true"></th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.value}</td>
            <td className="bar-cell" aria-hidden="true"><span className="bar" style={{ width: `${(100 * r.value) / max}%` }} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
