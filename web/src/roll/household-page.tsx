import { useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useQuery } from "urql";
import { getFragmentData } from "../gql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { useViewer } from "../session/session";
import { iso, localToday } from "./days";
import { evidenceOf, HitsPanel, hitsOf } from "./hits-panel";
import { layoutRoll, wholePeriod, type RollInput } from "./layout";
import { PrintRoll } from "./print-roll";
import { RollControls, type Period } from "./roll-controls";
import { itemDetails, rollInput, type ItemDetails } from "./roll-input";
import { HouseholdRollDocument, RollData } from "./roll-operations";
import { DOMAIN_COLOURS, EVENT_SHAPES, OPEN_SHAPES, RESULT_GLYPHS } from "./marks";
import { RollSvg } from "./roll-svg";
import { RollTable } from "./roll-table";


/** /households/:id — the wallpaper roll, its hits beside it, details on hover and focus, a table, print. */
export function HouseholdPage({ id }: { id: string }) {
  const { t, lang } = useTexts();
  const withHits = useViewer().role !== "AGENCY_WORKER"; // pattern hits are not for agency workers
  const [{ data, fetching, error }] = useQuery({ query: HouseholdRollDocument, variables: { id, lang: lang === "en" ? "EN" : "NL", withHits } });
  const household = data?.household;
  const roll = household ? getFragmentData(RollData, household) : null;
  const today = useMemo(localToday, []);
  const input = useMemo(() => (roll ? rollInput(roll, today, t) : null), [roll, today, t]);
  const details = useMemo(() => (roll ? itemDetails(roll, t, lang) : new Map()), [roll, t, lang]);
  const hits = household && withHits ? hitsOf(household) : [];
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<"picture" | "table">("picture");
  const [printing, setPrinting] = useState(false); // the sheets are laid out (kept once asked for)
  const [printAsked, setPrintAsked] = useState(false); // the button asked for the browser's print dialog
  const selectedHit = hits.find((h) => h.id === selected);
  const highlight = selectedHit ? evidenceOf(selectedHit) : null;

  useEffect(() => {
    // Ctrl+P (or any print already under way) lays out the sheets; it must not ask for a second print
    const before = () => flushSync(() => setPrinting(true));
    window.addEventListener("beforeprint", before);
    return () => window.removeEventListener("beforeprint", before);
  }, []);
  useEffect(() => {
    if (!printAsked) return;
    setPrintAsked(false);
    requestAnimationFrame(() => window.print()); // once the sheets are drawn
  }, [printAsked]);

  if (fetching && !data) return <p role="status">{t.loading}</p>;
  if (error) return <p role="alert" className="error">{error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (!household || !roll || !input) return <><h1>{fill(t.roll.title, { id })}</h1><p role="alert">{t.roll.notFound}</p></>;

  return (
    <div className="household">
      <div className="screen-only">
        <h1 id="roll-title">{fill(t.roll.title, { id: household.id })}</h1>
        {household.neighbourhood && <p className="sub">{fill(t.roll.neighbourhood, { name: household.neighbourhood })}</p>}
        <div className="roll-and-hits">
          <section className="roll-section" aria-labelledby="roll-title">
            <div className="view-switch" role="group" aria-label={`${t.roll.picture} / ${t.roll.table}`}>
              <button type="button" aria-pressed={view === "picture"} onClick={() => setView("picture")}>{t.roll.picture}</button>
              <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>{t.roll.table}</button>
              <button type="button" className="primary" onClick={() => { setPrinting(true); setPrintAsked(true); }}>{t.roll.print}</button>
            </div>
            {view === "picture" ? <Roll input={input} details={details} highlight={highlight} /> : <RollTable details={details} />}
          </section>
          {withHits && <HitsPanel hits={hits} selected={selected} onSelect={setSelected} />}
        </div>
      </div>
      {printing && <PrintRoll input={input} details={details} householdId={household.id} neighbourhood={household.neighbourhood ?? null} />}
    </div>
  );
}

/** The picture on screen: zoom, pan, fold domains, details of what is pointed at. */
function Roll({ input, details, highlight }: { input: RollInput; details: Map<string, ItemDetails>; highlight: ReturnType<typeof evidenceOf> | null }) {
  const { t, lang } = useTexts();
  const whole = useMemo(() => wholePeriod(input), [input]);
  const [period, setPeriod] = useState<Period>(whole);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1000);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(480, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(() => layoutRoll(input, { ...period, width: width - 210 - 8, collapsed }), [input, period, width, collapsed]);
  const toggle = (group: string) => setCollapsed((old) => {
    const next = new Set(old);
    if (!next.delete(group)) next.add(group);
    return next;
  });
  const tickLabel = (d: Date, major: boolean) => (major ? String(d.getUTCFullYear()) : d.toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", { month: "short", timeZone: "UTC" }));
  const item = focused ? details.get(focused) : undefined;
  return (
    <>
      <RollControls whole={whole} period={period} onPeriod={setPeriod} box={box} layout={layout}>
        <div className="roll-scroll" ref={box}>
          <RollSvg layout={layout} details={details} t={t} tickLabel={tickLabel} highlight={highlight} collapsed={collapsed}
            onToggleGroup={toggle} onFocusItem={setFocused} title={`${t.roll.period}: ${formatDate(iso(period.from), lang)} – ${formatDate(iso(period.to), lang)}`} />
        </div>
      </RollControls>
      <div className="details" aria-live="polite" data-testid="details">
        <h2>{t.roll.details}</h2>
        {item ? (<><p><strong>{item.title}</strong></p><ul>{item.lines.map((l, i) => <li key={i}>{l}</li>)}</ul></>) : <p className="hint">{t.roll.detailsHint}</p>}
      </div>
      <Legend />
    </>
  );
}

function Legend() {
  const { t } = useTexts();
  return (
    <details className="legend">
      <summary>{t.roll.legend}</summary>
      <ul>
        {Object.entries(t.eventTypes).map(([type, label]) => (
          <li key={type} data-type={type}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={EVENT_SHAPES[type]} fill={OPEN_SHAPES.has(type) ? "none" : type === "ESCALATION" ? "#c62828" : "#455a64"} stroke={OPEN_SHAPES.has(type) ? "#222" : "#fff"} strokeWidth={OPEN_SHAPES.has(type) ? 2 : 1} />
            </svg>{" "}{label}
          </li>
        ))}
      </ul>
      <ul>{Object.entries(t.results).map(([k, v]) => <li key={k}>{RESULT_GLYPHS[k]} {v}</li>)}</ul>
      <ul>{Object.entries(DOMAIN_COLOURS).map(([d, colour]) => <li key={d}><span className="swatch" style={{ background: colour }} /> {t.domains[d as keyof typeof t.domains]}</li>)}</ul>
    </details>
  );
}
