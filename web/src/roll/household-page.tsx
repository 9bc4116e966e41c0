import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useQuery } from "urql";
import { getFragmentData } from "../gql";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { CopyId, WithId } from "../layout/short-id";
import { useViewer } from "../session/session";
import { iso, localToday } from "./days";
import { evidenceOf, HitsPanel, hitsOf } from "./hits-panel";
import { layoutRoll, wholePeriod, type RollInput } from "./layout";
import { PrintRoll, type Plan } from "./print-roll";
import { RollControls, type Period } from "./roll-controls";
import { currentCoordinators, itemDetails, rollInput, type ItemDetails } from "./roll-input";
import { HouseholdRollDocument, RollData } from "./roll-operations";
import { RollLegend } from "./roll-legend";
import { DETAILS_ID, RollSvg, type Highlight } from "./roll-svg";
import { RollTable } from "./roll-table";
import { useRollUrl } from "./roll-url";

/**
 * /households/:id — the wallpaper roll, details and hits beside it, a table, print. `plan` (a case's
 * agreed actions) is drawn in a lane of its own and listed on paper; `extra` is printed after the patterns.
 */
export function HouseholdPage({ id, plan, extra, onChanged, refreshKey = 0, itemNotes }: {
  id: string; plan?: Plan | null; extra?: ReactNode; onChanged?: () => void; refreshKey?: number;
  /** The case's notes on the item described beside the roll (and a way to add one). */
  itemNotes?: ((itemId: string) => ReactNode) | undefined;
}) {
  const { t, lang } = useTexts();
  const withHits = useViewer().role !== "AGENCY_WORKER"; // pattern hits are not for agency workers
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HouseholdRollDocument, variables: { id, lang: lang === "en" ? "EN" : "NL", withHits } });
  useEffect(() => {
    if (refreshKey) reexecute({ requestPolicy: "network-only" }); // the case changed beside the roll: its hits may have too
  }, [refreshKey]); // eslint-disable-line react-hooks/exhaustive-deps -- only when told
  const household = data?.household;
  const roll = household ? getFragmentData(RollData, household) : null;
  const today = useMemo(localToday, []);
  const input = useMemo(() => (roll ? { ...rollInput(roll, today, t, lang), ...(plan?.actions.length ? { plan: plan.actions } : {}) } : null), [roll, today, t, lang, plan]);
  const details = useMemo(() => (roll ? itemDetails(roll, t, lang) : new Map<string, ItemDetails>()), [roll, t, lang]);
  const hits = useMemo(() => (household && withHits ? hitsOf(household) : []), [household, withHits]);
  const whole = useMemo(() => (input ? wholePeriod(input) : null), [input]);
  const url = useRollUrl(whole);
  const [focused, setFocused] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false); // the sheets are laid out (kept once asked for)
  const [printAsked, setPrintAsked] = useState(false); // the button asked for the browser's print dialog
  const selectedHit = hits.find((h) => h.id === url.hit);
  const highlight = useMemo(() => (selectedHit ? evidenceOf(selectedHit) : null), [selectedHit]);
  const printHits = useMemo(() => hits.map((h) => ({ id: h.id, kind: h.kind, score: h.score, explanation: h.explanation, evidence: evidenceOf(h).items })), [hits]);

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
  if (error) return <><h1><WithId text={t.roll.title} id={id} /></h1><p role="alert" className="error">{errorText(error, t)}</p></>;
  if (!household || !roll || !input || !whole || !url.period) return <><h1><WithId text={t.roll.title} id={id} /></h1><p role="alert">{t.roll.notFound}</p></>;

  // a keyboard user goes from a hit straight to its first piece of evidence, in the picture or the table
  const jumpToEvidence = () => {
    const first = [...(highlight?.items ?? [])].filter((i) => details.has(i)).sort((a, b) => details.get(a)!.date.localeCompare(details.get(b)!.date))[0];
    if (!first) return;
    const date = details.get(first)!.date;
    if (url.view === "picture" && (date < iso(url.period!.from) || date > iso(url.period!.to))) url.setPeriod(whole);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.roll-section [data-id="${CSS.escape(first)}"]`)?.focus());
  };

  return (
    <div className="household">
      <div className="screen-only">
        <div className="title-row">
          <h1 id="roll-title"><WithId text={t.roll.title} id={household.id} /></h1>
          <CopyId id={household.id} />
        </div>
        {household.neighbourhood && <p className="sub">{fill(t.roll.neighbourhood, { name: household.neighbourhood })}</p>}
        <div className="roll-and-hits">
          <section className="roll-section" aria-labelledby="roll-title">
            <div className="view-switch" role="group" aria-label={`${t.roll.picture} / ${t.roll.table}`}>
              <button type="button" aria-pressed={url.view === "picture"} onClick={() => url.setView("picture")}>{t.roll.picture}</button>
              <button type="button" aria-pressed={url.view === "table"} onClick={() => url.setView("table")}>{t.roll.table}</button>
              <button type="button" className="primary" onClick={() => { setPrinting(true); setPrintAsked(true); }}>{t.roll.print}</button>
            </div>
            {url.view === "picture"
              ? <Roll input={input} details={details} highlight={highlight} whole={whole} period={url.period} onPeriod={url.setPeriod} onFocusItem={setFocused} />
              : <RollTable details={details} evidence={highlight?.items ?? null} />}
            <details className="legend">
              <summary>{t.roll.legend}</summary>
              <RollLegend withPlan={!!plan?.actions.length} />
            </details>
          </section>
          <div className="side">
            <Details item={focused ? details.get(focused) : undefined} notes={focused && itemNotes ? itemNotes(focused) : null} />
            {withHits && <HitsPanel hits={hits} selected={url.hit} onSelect={url.setHit} onJump={jumpToEvidence} onTriaged={() => { reexecute({ requestPolicy: "network-only" }); onChanged?.(); }} />}
          </div>
        </div>
      </div>
      {printing && (
        <PrintRoll input={input} details={details} householdId={household.id} neighbourhood={household.neighbourhood ?? null}
          hits={printHits} coordinators={currentCoordinators(roll, today)} plan={plan} extra={extra} />
      )}
    </div>
  );
}

/** What is pointed at or focused on the roll, beside it (below it on a narrow screen). */
function Details({ item, notes }: { item: ItemDetails | undefined; notes?: ReactNode }) {
  const { t } = useTexts();
  return (
    <div className="details" data-testid="details" id={DETAILS_ID} tabIndex={-1} role="region" aria-label={t.roll.details}>
      <div aria-live="polite">
        <h2>{t.roll.details}</h2>
        {item ? (<><p><strong>{item.title}</strong></p><ul>{item.lines.map((l, i) => <li key={i}>{l}</li>)}</ul></>) : <p className="hint">{t.roll.detailsHint}</p>}
      </div>
      {item && notes}
    </div>
  );
}

interface RollProps {
  input: RollInput; details: Map<string, ItemDetails>; highlight: Highlight | null;
  whole: Period; period: Period; onPeriod: (p: Period) => void; onFocusItem: (id: string | null) => void;
}

/** The picture on screen: zoom, pan, fold domains; what is pointed at goes to the details. */
function Roll({ input, details, highlight, whole, period, onPeriod, onFocusItem }: RollProps) {
  const { t, lang } = useTexts();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
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
  return (
    <RollControls whole={whole} period={period} onPeriod={onPeriod} box={box} layout={layout}>
      <div className="roll-scroll" ref={box}>
        <RollSvg layout={layout} details={details} t={t} tickLabel={tickLabel} highlight={highlight} collapsed={collapsed}
          onToggleGroup={toggle} onFocusItem={onFocusItem} title={`${t.roll.period}: ${formatDate(iso(period.from), lang)} – ${formatDate(iso(period.to), lang)}`} />
      </div>
    </RollControls>
  );
}
