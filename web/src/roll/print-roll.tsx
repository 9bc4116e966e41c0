import { useMemo } from "react";
import { utcDay } from "d3-time";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { useSession } from "../session/session";
import { iso, localToday } from "./days";
import { layoutRoll, wholePeriod, type RollInput } from "./layout";
import type { ItemDetails } from "./roll-input";
import { RollSvg } from "./roll-svg";

/** Pixels per day on paper, and how much of the strip one A3 landscape sheet holds beside the lane names. */
const PER_DAY = 1.2;
const SHEET = 1200;

/** The whole roll for the case conference: one long strip cut over A3 landscape sheets, each with the header. */
export function PrintRoll({ input, details, householdId, neighbourhood }: { input: RollInput; details: Map<string, ItemDetails>; householdId: string; neighbourhood: string | null }) {
  const { t, lang } = useTexts();
  const { purpose } = useSession();
  const whole = useMemo(() => wholePeriod(input), [input]);
  const strip = Math.max(SHEET, Math.ceil(utcDay.count(whole.from, whole.to) * PER_DAY));
  const layout = useMemo(() => layoutRoll(input, { ...whole, width: strip, collapsed: new Set() }), [input, whole, strip]);
  const sheets = Math.ceil(strip / SHEET);
  const tickLabel = (d: Date, major: boolean) => (major ? String(d.getUTCFullYear()) : d.toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", { month: "short", timeZone: "UTC" }));
  const period = `${formatDate(iso(whole.from), lang)} – ${formatDate(iso(whole.to), lang)}`;
  return (
    <div className="print-only" data-testid="print-roll">
      {Array.from({ length: sheets }, (_, n) => (
        <section className="print-page" key={n} data-sheet={n + 1}>
          <header className="print-header">
            <strong>{fill(t.roll.title, { id: householdId })}</strong>
            {neighbourhood && <span>{fill(t.roll.neighbourhood, { name: neighbourhood })}</span>}
            <span>{t.roll.period}: {period}</span>
            <span>{t.purpose.shown}: {purpose}</span>
            <span>{fill(t.roll.printedOn, { date: formatDate(localToday(), lang) })}</span>
            <span>{fill(t.roll.page, { n: n + 1, total: sheets })}</span>
            <strong className="confidential">{t.confidential.toUpperCase()}</strong>
          </header>
          <RollSvg layout={layout} details={details} t={t} tickLabel={tickLabel} highlight={null} collapsed={new Set()}
            slice={{ offset: n * SHEET, width: SHEET }} title={`${fill(t.roll.title, { id: householdId })}, ${fill(t.roll.page, { n: n + 1, total: sheets })}`} />
        </section>
      ))}
    </div>
  );
}
