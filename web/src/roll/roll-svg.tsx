import type { Texts } from "../i18n/nl";
import type { ItemDetails } from "./roll-input";
import type { RollLayout } from "./layout";
import { colourOf, EVENT_SHAPES, HIDDEN_COLOUR, markerStyle, RESULT_GLYPHS } from "./marks";

export interface Highlight { items: ReadonlySet<string>; lanes: ReadonlySet<string>; persons: ReadonlySet<string> }

interface Props {
  layout: RollLayout;
  details: Map<string, ItemDetails>;
  t: Texts;
  tickLabel: (d: Date, major: boolean) => string;
  highlight: Highlight | null;
  collapsed: ReadonlySet<string>;
  onToggleGroup?: (group: string) => void;
  onFocusItem?: (id: string | null) => void;
  /** Print: which slice of the chart this sheet shows (pixels from the first day) and how wide it is. */
  slice?: { offset: number; width: number };
  /** Print: the items that are evidence of a pattern, outlined (nothing is dimmed on paper). */
  evidence?: ReadonlySet<string>;
  title: string;
}

/** Draws a layout: axis, lanes, bars, markers, links. Every item carries its id (data-id) and says what it is. */
/** The element beside the roll that describes the item in focus: Enter on an item goes there. */
export const DETAILS_ID = "roll-details";

export function RollSvg({ layout, details, t, tickLabel, highlight, collapsed, onToggleGroup, onFocusItem, slice, evidence, title }: Props) {
  const chartWidth = slice ? slice.width : layout.width - layout.labelWidth;
  const width = layout.labelWidth + chartWidth;
  const shift = slice ? -slice.offset : 0;
  const clipId = `chart-${slice?.offset ?? "screen"}`;
  const state = (id: string, personId?: string) =>
    evidence?.has(id) ? "highlighted" : !highlight ? undefined : highlight.items.has(id) || (personId && highlight.persons.has(personId)) ? "highlighted" : "dimmed";
  const focusProps = (id: string) => (onFocusItem ? {
    tabIndex: 0, onFocus: () => onFocusItem(id), onMouseEnter: () => onFocusItem(id),
    // Enter: on to this item's details (and its notes), without passing other items that would take their place
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      onFocusItem(id);
      document.getElementById(DETAILS_ID)?.focus();
    },
  } : {});
  const label = (id: string, fallback: string) => {
    const d = details.get(id);
    return d ? `${d.title}. ${d.lines.join(". ")}` : fallback;
  };
  const laneLabel = (key: string, fallback: string) => (key === "members" ? t.roll.members : key === "coordinators" ? t.roll.coordinators : key === "plan" ? t.rollWords.plan : fallback);
  const noCoordinator = !layout.bars.some((b) => b.kind === "coordinator") ? layout.lanes.find((l) => l.key === "coordinators") : undefined;

  return (
    <svg className="roll" width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`} preserveAspectRatio="xMinYMin meet" role="group" aria-label={title}>
      <defs>
        <clipPath id={clipId}><rect x={layout.labelWidth} y={0} width={chartWidth} height={layout.height} /></clipPath>
      </defs>
      {layout.lanes.map((lane, i) => (
        <rect key={`bg-${lane.key}`} className={`lane-bg ${lane.kind}`} x={0} y={lane.y} width={width} height={lane.height} fill={lane.kind === "group" ? "#e8eef5" : i % 2 ? "#fafafa" : "#ffffff"} />
      ))}
      <g clipPath={`url(#${clipId})`}>
        <g transform={`translate(${shift},0)`}>
          {layout.ticks.map((tick) => (
            <g key={`t-${tick.date.toISOString()}`} className={tick.major ? "tick major" : "tick"} aria-hidden="true">
              <line x1={tick.x} x2={tick.x} y1={layout.axisHeight - 8} y2={layout.height} stroke={tick.major ? "#9aa5b1" : "#dde2e7"} />
              <text x={tick.x + 3} y={tick.major ? 14 : 28} fontSize={tick.major ? 13 : 11} fontWeight={tick.major ? 700 : 400} fill="#333">{tickLabel(tick.date, tick.major)}</text>
            </g>
          ))}
          {layout.links.map((l) => (
            <line key={l.id} className="link" data-from={l.from} data-to={l.to} data-state={state(l.from) === "highlighted" && state(l.to) === "highlighted" ? "highlighted" : highlight ? "dimmed" : undefined}
              x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke="#c62828" strokeWidth={1.5} strokeDasharray="4 3" aria-hidden="true" />
          ))}
          {layout.bars.map((b) => (
            <g key={b.id} className={`item bar ${b.kind}`} data-id={b.id} data-kind={b.kind} data-hidden={b.hidden || undefined} data-state={state(b.id, b.personId)}
              role="img" aria-label={label(b.id, b.id)} {...focusProps(b.id)}>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} fill={b.hidden ? HIDDEN_COLOUR : b.kind === "intervention" ? colourOf(b.domain) : b.kind === "coordinator" ? "#37474f" : "#78909c"}
                fillOpacity={b.running && !b.hidden ? 0.85 : 1} />
              {b.ended && <line x1={b.x + b.width} x2={b.x + b.width} y1={b.y - 2} y2={b.y + b.height + 2} stroke="#222" strokeWidth={2} />}
              {b.endUnknown && <text x={b.x + b.width + 2} y={b.y + b.height - 1} fontSize={11} fill="#455a64" aria-hidden="true">?</text>}
              {b.outcomes.map((o, i) => (
                <text key={i} x={o.x} y={b.y + b.height - 1} fontSize={11} fontWeight={700} fill="#fff" stroke="#222" strokeWidth={0.6} textAnchor="middle" aria-hidden="true">{RESULT_GLYPHS[o.result] ?? "•"}</text>
              ))}
            </g>
          ))}
          {layout.markers.map((m) => (
            <g key={m.id} className={`item marker ${m.type.toLowerCase()}`} data-id={m.id} data-kind={m.lane === "plan" ? "plan" : "event"} data-type={m.type} data-state={state(m.id)}
              transform={`translate(${m.x},${m.y})`} role="img" aria-label={label(m.id, m.type)} {...focusProps(m.id)}>
              <path d={EVENT_SHAPES[m.type] ?? EVENT_SHAPES.CONTACT} {...markerStyle(m.type, m.domain)} />
            </g>
          ))}
          {layout.labels.map((l) => (
            <text key={`label-${l.id}`} className="item-label" data-for={l.id} x={l.x} y={l.y} fontSize={10} fill={l.inside ? "#fff" : "#222"} aria-hidden="true">{l.text}</text>
          ))}
          {layout.today !== null && (
            <g className="today" aria-hidden="true">
              <line x1={layout.today} x2={layout.today} y1={layout.axisHeight - 4} y2={layout.height} stroke="#b00020" strokeWidth={1.5} />
              <text x={layout.today - 3} y={layout.axisHeight - 6} fontSize={10} fontWeight={700} textAnchor="end" fill="#b00020">{t.rollWords.todayLine}</text>
            </g>
          )}
        </g>
      </g>
      <rect x={0} y={0} width={layout.labelWidth} height={layout.height} fill="#fff" fillOpacity={0.92} aria-hidden="true" />
      {layout.lanes.map((lane) => lane.kind === "group" ? (
        <g key={`l-${lane.key}`} className="group-label" role={onToggleGroup ? "button" : undefined} tabIndex={onToggleGroup ? 0 : undefined}
          aria-expanded={onToggleGroup ? !collapsed.has(lane.group ?? "") : undefined}
          aria-label={onToggleGroup ? `${t.domains[lane.group as keyof Texts["domains"]] ?? lane.group}: ${collapsed.has(lane.group ?? "") ? t.roll.expand : t.roll.collapse}` : undefined}
          onClick={() => onToggleGroup?.(lane.group ?? "")}
          onKeyDown={(e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onToggleGroup?.(lane.group ?? ""); } }}>
          <text x={6} y={lane.y + 16} fontSize={13} fontWeight={700} fill="#1f3b57">
            {onToggleGroup ? (collapsed.has(lane.group ?? "") ? "▸ " : "▾ ") : ""}{t.domains[lane.group as keyof Texts["domains"]] ?? lane.group} ({lane.count})
          </text>
        </g>
      ) : (
        <text key={`l-${lane.key}`} className="lane-label" data-lane={lane.key} data-state={highlight ? (highlight.lanes.has(lane.key) ? "highlighted" : undefined) : undefined}
          x={lane.kind === "agency" ? 16 : 6} y={lane.y + 15} fontSize={12} fontWeight={lane.kind === "agency" ? 400 : 700} fill="#222">
          {truncate(laneLabel(lane.key, lane.label), 30)}
        </text>
      ))}
      {layout.lanes.filter((l) => l.key === "members").flatMap((lane) => {
        const rows = [...new Map(layout.bars.filter((b) => b.kind === "membership").map((b) => [b.personId, b])).values()];
        return rows.map((b) => (
          <text key={`p-${b.personId}`} x={layout.labelWidth - 6} y={b.y + b.height - 1} fontSize={11} textAnchor="end" fill="#333" data-lane={lane.key}>
            {truncate(details.get(b.id)?.who ?? "", 22)}
          </text>
        ));
      })}
      {noCoordinator && (
        <text className="no-coordinator" x={layout.labelWidth + 8} y={noCoordinator.y + 15} fontSize={12} fontStyle="italic" fill="#8a1c1c">{t.rollWords.noRegisseur}</text>
      )}
      <line x1={layout.labelWidth} x2={layout.labelWidth} y1={0} y2={layout.height} stroke="#9aa5b1" aria-hidden="true" />
    </svg>
  );
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
