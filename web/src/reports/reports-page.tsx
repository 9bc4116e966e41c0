import { useQuery } from "urql";
import { toCsv } from "../../../src/csv";
import { graphql } from "../gql";
import type { PatternKind } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { KINDS } from "../queue/kinds";
import { useViewer } from "../session/session";
import { BarTable, type BarRow } from "./bar-table";
import { CaseFigures } from "./case-figures";
import { download } from "./download";

const ReportsDocument = graphql(`
  query Reports {
    patternSummary {
      asOf
      kinds { kind hits }
      neighbourhoods { kind neighbourhood hits }
      agencies { kind hits agency { id name } }
      statuses { kind status hits }
    }
  }
`);

/** Sums counts by a key, most first (ties by name). */
function totals<T>(items: T[], key: (i: T) => string, label: (i: T) => string, value: (i: T) => number): BarRow[] {
  const sums = new Map<string, BarRow>();
  for (const i of items) {
    const k = key(i);
    const row = sums.get(k) ?? { key: k, label: label(i), value: 0 };
    row.value += value(i);
    sums.set(k, row);
  }
  return [...sums.values()].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** /reports — per kind, neighbourhood and agency: the figures of patternSummary, as charts, CSV and paper. */
export function ReportsPage() {
  const { t, lang } = useTexts();
  const [{ data, fetching, error }] = useQuery({ query: ReportsDocument });
  const role = useViewer().role;
  if (fetching && !data) return <p role="status">{t.loading}</p>;
  if (error || !data) return <p role="alert" className="error">{errorText(error, t)}</p>;
  const s = data.patternSummary;
  const kindName = (k: PatternKind) => t.kinds[k];
  const agencyName = (a: { agency?: { name: string } | null }) => a.agency?.name ?? t.reports.removedAgency;
  const perKind = KINDS.map((k) => ({ key: k, label: kindName(k), value: s.kinds.find((c) => c.kind === k)?.hits ?? 0 }));
  const perNeighbourhood = totals(s.neighbourhoods, (n) => n.neighbourhood, (n) => n.neighbourhood, (n) => n.hits);
  const perAgency = totals(s.agencies, (a) => a.agency?.id ?? "-", agencyName, (a) => a.hits);
  const uncoordinated = totals(s.agencies.filter((a) => a.kind === "UNCOORDINATED_OVERLAP"), (a) => a.agency?.id ?? "-", agencyName, (a) => a.hits);
  const missed = totals(s.neighbourhoods.filter((n) => n.kind === "MISSED_SIGNAL"), (n) => n.neighbourhood, (n) => n.neighbourhood, (n) => n.hits);
  const perStatus = totals(s.statuses, (x) => x.status, (x) => t.statuses[x.status], (x) => x.hits);

  const csv = () => download(`behangrol-patronen-${s.asOf}.csv`, toCsv([
    ["section", "kind", "key", "name", "hits"],
    ...s.kinds.map((k) => ["kind", k.kind, k.kind, kindName(k.kind), k.hits]),
    ...s.neighbourhoods.map((n) => ["neighbourhood", n.kind, n.neighbourhood, n.neighbourhood, n.hits]),
    ...s.agencies.map((a) => ["agency", a.kind, a.agency?.id ?? "", agencyName(a), a.hits]),
    ...s.statuses.map((x) => ["status", x.kind, x.status, t.statuses[x.status], x.hits]),
  ]));

  const empty = s.kinds.every((k) => k.hits === 0);
  return (
    <div className="reports">
      <h1>{t.reports.title}</h1>
      <p>{t.reports.intro}</p>
      <p className="sub">{fill(t.reports.asOf, { date: formatDate(s.asOf, lang) })}</p>
      <p className="screen-only">
        <button type="button" className="primary" onClick={csv}>{t.reports.download}</button>{" "}
        <button type="button" onClick={() => window.print()}>{t.reports.print}</button>
      </p>
      {empty && <p>{t.reports.none}</p>}
      <div className="report-grid">
        <BarTable testId="per-kind" caption={t.reports.perKind} nameLabel={t.queue.kind} valueLabel={t.reports.hits} rows={perKind} />
        {perStatus.length > 0 && <BarTable testId="per-status" caption={t.reports.perStatus} nameLabel={t.queue.status} valueLabel={t.reports.hits} rows={perStatus} />}
        <BarTable testId="per-neighbourhood" caption={t.reports.perNeighbourhood} nameLabel={t.queue.neighbourhood} valueLabel={t.reports.hits} rows={perNeighbourhood} />
        <BarTable testId="missed-signals" caption={t.reports.missedByNeighbourhood} nameLabel={t.queue.neighbourhood} valueLabel={t.reports.hits} rows={missed} />
        <BarTable testId="per-agency" caption={t.reports.perAgency} nameLabel={t.queue.agency} valueLabel={t.reports.hits} rows={perAgency} />
        <BarTable testId="uncoordinated-agencies" caption={t.reports.uncoordinatedAgencies} nameLabel={t.queue.agency} valueLabel={t.reports.hits} rows={uncoordinated} />
      </div>
      {role !== "COORDINATOR" && <CaseFigures />}
    </div>
  );
}
