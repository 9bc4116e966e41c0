import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from "react";
import { scaleTime } from "d3-scale";
import { useTexts } from "../i18n/texts";
import { iso, fromIso } from "./days";
import { LABEL_WIDTH, pan, zoom, type RollLayout } from "./layout";

export interface Period { from: Date; to: Date }

interface Props { whole: Period; period: Period; onPeriod: (p: Period) => void; box: RefObject<HTMLDivElement | null>; layout: RollLayout; children: ReactNode }

/** Zoom into a period and pan: buttons, date fields, keys (+ − ← → 0), the wheel, dragging and pinching. */
export function RollControls({ whole, period, onPeriod, box, layout, children }: Props) {
  const { t } = useTexts();
  const latest = useRef({ period, layout });
  latest.current = { period, layout };

  // the date under a pointer, from the same scale the layout drew with
  const dateAt = (clientX: number): Date | undefined => {
    const el = box.current;
    if (!el) return undefined;
    const { period: p, layout: l } = latest.current;
    const left = el.getBoundingClientRect().left - el.scrollLeft;
    return scaleTime().domain([p.from, p.to]).range([LABEL_WIDTH, l.width]).invert(clientX - left);
  };

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const wheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
      e.preventDefault(); // the wheel zooms the roll, around the date under the pointer
      onPeriod(zoom(latest.current.period, e.deltaY > 0 ? 1.25 : 0.8, dateAt(e.clientX)));
    };
    const pointers = new Map<number, number>();
    let start: { period: Period; x: number; spread: number } | null = null;
    const spread = () => { const xs = [...pointers.values()]; return xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0; };
    const down = (e: PointerEvent) => {
      if ((e.target as Element).closest("[role=button]")) return;
      pointers.set(e.pointerId, e.clientX);
      start = { period: latest.current.period, x: e.clientX, spread: spread() };
    };
    const move = (e: PointerEvent) => {
      if (!start || !pointers.has(e.pointerId)) return;
      pointers.set(e.pointerId, e.clientX);
      const width = latest.current.layout.width - LABEL_WIDTH;
      if (pointers.size > 1 && start.spread > 0) onPeriod(zoom(start.period, start.spread / Math.max(1, spread())));
      else onPeriod(pan(start.period, -(e.clientX - start.x) / width));
    };
    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      start = pointers.size ? { period: latest.current.period, x: [...pointers.values()][0]!, spread: spread() } : null;
    };
    el.addEventListener("wheel", wheel, { passive: false });
    el.addEventListener("pointerdown", down);
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", up);
    return () => {
      el.removeEventListener("wheel", wheel);
      el.removeEventListener("pointerdown", down);
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", up);
    };
  }, [box, onPeriod]); // eslint-disable-line react-hooks/exhaustive-deps -- reads the latest period through a ref

  const keys = (e: React.KeyboardEvent) => {
    const actions: Record<string, () => Period> = {
      "+": () => zoom(period, 0.5), "=": () => zoom(period, 0.5), "-": () => zoom(period, 2),
      ArrowLeft: () => pan(period, -0.2), ArrowRight: () => pan(period, 0.2), "0": () => whole, Home: () => whole,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    onPeriod(action());
  };
  return (
    <div className="roll-controls">
      <div className="period">
        <PeriodFields key={`${period.from.getTime()}-${period.to.getTime()}`} period={period} onPeriod={onPeriod} />
        <span className="zoom" role="group" aria-label={t.roll.period}>
          <button type="button" onClick={() => onPeriod(zoom(period, 0.5))}>{t.roll.zoomIn}</button>
          <button type="button" onClick={() => onPeriod(zoom(period, 2))}>{t.roll.zoomOut}</button>
          <button type="button" onClick={() => onPeriod(pan(period, -0.5))}>← {t.roll.earlier}</button>
          <button type="button" onClick={() => onPeriod(pan(period, 0.5))}>{t.roll.later} →</button>
          <button type="button" onClick={() => onPeriod(whole)}>{t.roll.whole}</button>
        </span>
      </div>
      <p className="hint" id="roll-keys">{t.roll.keyboardHelp}</p>
      <div className="roll-keys" onKeyDown={keys} role="region" aria-label={t.roll.picture} aria-describedby="roll-keys" tabIndex={-1}>
        {children}
      </div>
    </div>
  );
}

/** The period as two date fields; made anew whenever the period changes elsewhere (zoom, pan). */
function PeriodFields({ period, onPeriod }: { period: Period; onPeriod: (p: Period) => void }) {
  const { t } = useTexts();
  const [from, setFrom] = useState(iso(period.from));
  const [to, setTo] = useState(iso(period.to));
  const show = (e: FormEvent) => {
    e.preventDefault();
    const f = fromIso(from);
    const u = fromIso(to);
    if (f && u && f < u) onPeriod({ from: f, to: u });
  };
  return (
    <form className="period" onSubmit={show}>
      <label>{t.roll.from} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
      <label>{t.roll.to} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
      <button type="submit">{t.roll.show}</button>
    </form>
  );
}
