import { useTexts } from "../i18n/texts";
import type { Texts } from "../i18n/nl";
import { DOMAIN_COLOURS, EVENT_SHAPES, HIDDEN_COLOUR, markerStyle, RESULT_GLYPHS } from "./marks";

const Shape = ({ type }: { type: string }) => (
  <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path d={EVENT_SHAPES[type]} {...markerStyle(type, null)} /></svg>
);
const HelpBar = ({ colour, ended, unknown }: { colour: string; ended?: boolean; unknown?: boolean }) => (
  <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
    <rect x={1} y={1} width={unknown ? 14 : 28} height={10} rx={2} fill={colour} />
    {ended && <line x1={29} x2={29} y1={0} y2={12} stroke="#222" strokeWidth={2} />}
    {unknown && <text x={18} y={10} fontSize={11} fill="#455a64">?</text>}
  </svg>
);

/** What the colours, shapes, strokes and glyphs of the roll mean: the same marks the roll draws (marks.ts). */
export function RollLegend({ withPlan = false, withEvidence = false }: { withPlan?: boolean; withEvidence?: boolean }) {
  const { t } = useTexts();
  const w = t.rollWords;
  const events = Object.entries(t.eventTypes) as [keyof Texts["eventTypes"], string][];
  return (
    <div className="roll-legend" data-testid="roll-legend">
      <section>
        <h3>{w.legendDomains}</h3>
        <ul>{Object.entries(DOMAIN_COLOURS).map(([d, colour]) => <li key={d}><span className="swatch" style={{ background: colour }} /> {t.domains[d as keyof Texts["domains"]]}</li>)}</ul>
      </section>
      <section>
        <h3>{w.legendHelp}</h3>
        <ul>
          <li><HelpBar colour={DOMAIN_COLOURS.WMO!} /> {w.helpRunning}</li>
          <li><HelpBar colour={DOMAIN_COLOURS.WMO!} ended /> {w.helpEnded}</li>
          <li><HelpBar colour={HIDDEN_COLOUR} unknown /> {w.helpHidden}</li>
          <li><span className="today-swatch" aria-hidden="true" /> {w.todayLine}</li>
          {withEvidence && <li>{w.evidenceLegend}</li>}
        </ul>
      </section>
      <section>
        <h3>{w.legendEvents}</h3>
        <ul>
          {events.map(([type, label]) => <li key={type} data-type={type}><Shape type={type} /> {label}</li>)}
          {withPlan && <><li><Shape type="PLAN_OPEN" /> {w.planOpen}</li><li><Shape type="PLAN_DONE" /> {w.planDone}</li></>}
        </ul>
      </section>
      <section>
        <h3>{w.legendOutcomes}</h3>
        <ul>{Object.entries(t.results).map(([k, v]) => <li key={k}><strong>{RESULT_GLYPHS[k]}</strong> {v}</li>)}</ul>
      </section>
    </div>
  );
}
