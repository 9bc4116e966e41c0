import { useMemo, type ReactNode } from "react";
import { utcDay } from "d3-time";
import { fill, formatDate, formatScore, useTexts } from "../i18n/texts";
import { readable } from "../i18n/readable";
import { useSession } from "../session/session";
import { iso, localToday } from "./days";
import { layoutRoll, printScale, wholePeriod, type PlanAction, type RollInput } from "./layout";
import type { Coordinator } from "./roll-input";
import type { ItemDetails } from "./roll-input";
import { RollLegend } from "./roll-legend";
import { RollSvg } from "./roll-svg";

/** Pixels per day wanted on paper, and how much of the strip one A3 landscape sheet holds beside the lane names. */
const PER_DAY = 1.2;
const SHEET = 1200;

export interface PrintHit { id: string; kind: string; score: number; explanation: string; evidence: ReadonlySet<string> }
export interface Plan { actions: PlanAction[] }
interface Props {
  input: RollInput; details: Map<string, ItemDetails>; householdId: string; neighbourhood: string | null;
  hits: PrintHit[]; coordinators: Coordinator[]; plan?: Plan | null | undefined; extra?: ReactNode;
}

/**
 * The roll for the case conference on landscape A3: a first sheet with the regisseur, the patterns (their
 * evidence numbered on the roll), the plan and what the caller adds; then the whole strip, cut into sheets
 * it fills, its marks labelled where they fit, the legend under it on every sheet.
 */
export function PrintRoll({ input, details, householdId, neighbourhood, hits, coordinators, plan, extra }: Props) {
  const { t, lang } = useTexts();
  const { purpose } = useSession();
  const whole = useMemo(() => wholePeriod(input), [input]);
  const { sheets, width } = printScale(utcDay.count(whole.from, whole.to), SHEET, PER_DAY);
  const marks = useMemo(() => evidenceMarks(hits), [hits]);
  const evidence = useMemo(() => new Set(marks.keys()), [marks]);
  const layout = useMemo(() => layoutRoll(input, {
    ...whole, width, collapsed: new Set(), marks, cuts: Array.from({ length: sheets - 1 }, (_, n) => (n + 1) * SHEET),
  }), [input, whole, width, marks, sheets]);
  const total = sheets + 1;
  const tickLabel = (d: Date, major: boolean) => (major ? String(d.getUTCFullYear()) : d.toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", { month: "short", timeZone: "UTC" }));
  const period = `${formatDate(iso(whole.from), lang)} – ${formatDate(iso(whole.to), lang)}`;
  const header = (n: number) => (
    <header className="print-header">
      <strong>{fill(t.roll.title, { id: householdId })}</strong>
      {neighbourhood && <span>{fill(t.roll.neighbourhood, { name: neighbourhood })}</span>}
      <span>{t.roll.period}: {period}</span>
      <span>{t.purpose.shown}: {purpose}</span>
      <span>{fill(t.roll.printedOn, { date: formatDate(localToday(), lang) })}</span>
      <span>{fill(t.roll.page, { n, total })}</span>
      <strong className="confidential">{t.confidential.toUpperCase()}</strong>
    </header>
  );
  return (
    <div className="print-only" data-testid="print-roll">
      <section className="print-page print-summary" data-sheet={1}>
        {header(1)}
        <p className="print-regisseur">
          <strong>{t.rollWords.regisseur}:</strong>{" "}
          {coordinators.length
            ? coordinators.map((c) => `${c.name} (${c.agency}), ${fill(t.rollWords.since, { date: formatDate(c.from, lang) })}`).join("; ")
            : t.rollWords.noRegisseur}
        </p>
        <h2>{t.rollWords.patterns}</h2>
        {hits.length ? (
          <ol className="print-patterns">
            {hits.map((h, n) => (
              <li key={h.id}>
                <strong>[{n + 1}] {t.kinds[h.kind as keyof typeof t.kinds] ?? h.kind}</strong> ({t.queue.score} {formatScore(h.score, lang)}): {readable(h.explanation, t, lang)}{" "}
                <em>{fill(t.rollWords.evidenceMarked, { n: n + 1 })}</em>
              </li>
            ))}
          </ol>
        ) : <p>{t.rollWords.noPatterns}</p>}
        {plan && plan.actions.length > 0 && <PlanTable actions={plan.actions} />}
        {extra && <div className="print-extra">{extra}</div>}
      </section>
      {Array.from({ length: sheets }, (_, n) => (
        <section className="print-page" key={n} data-sheet={n + 2}>
          {header(n + 2)}
          <RollSvg layout={layout} details={details} t={t} tickLabel={tickLabel} highlight={null} collapsed={new Set()} evidence={evidence}
            slice={{ offset: n * SHEET, width: SHEET }} title={`${fill(t.roll.title, { id: householdId })}, ${fill(t.roll.page, { n: n + 2, total })}`} />
          <RollLegend withPlan={!!plan?.actions.length} withEvidence />
        </section>
      ))}
    </div>
  );
}

/** Each item that is evidence, with the numbers of the patterns it is evidence of: "[1,3]". */
function evidenceMarks(hits: PrintHit[]): Map<string, string> {
  const numbers = new Map<string, number[]>();
  hits.forEach((h, n) => h.evidence.forEach((id) => numbers.set(id, [...(numbers.get(id) ?? []), n + 1])));
  return new Map([...numbers].map(([id, ns]) => [id, `[${ns.join(",")}]`]));
}

function PlanTable({ actions }: { actions: PlanAction[] }) {
  const { t, lang } = useTexts();
  const w = t.rollWords;
  return (
    <table className="print-plan">
      <caption>{w.plan}</caption>
      <thead><tr><th scope="col">{w.planColumns.due}</th><th scope="col">{w.planColumns.action}</th><th scope="col">{w.planColumns.owner}</th><th scope="col">{w.planColumns.state}</th></tr></thead>
      <tbody>
        {[...actions].sort((a, b) => a.due.localeCompare(b.due)).map((a) => (
          <tr key={a.id}><td>{formatDate(a.due, lang)}</td><td>{a.label}</td><td>{a.owner ?? "—"}</td><td>{a.done ? w.done : w.open}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
