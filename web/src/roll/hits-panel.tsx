import { getFragmentData, type FragmentType } from "../gql";
import { readable } from "../i18n/readable";
import { fill, formatScore, useTexts } from "../i18n/texts";
import { TriageControls } from "../queue/triage-controls";
import { RollHits } from "./roll-operations";
import type { Highlight } from "./roll-svg";

type Hit = ReturnType<typeof hitsOf>[number];
export const hitsOf = (masked: FragmentType<typeof RollHits>) => getFragmentData(RollHits, masked).patterns;

/** What a hit points at on the roll: its interventions and events; agencies and people named alone. */
export function evidenceOf(hit: Hit): Highlight {
  const items = new Set<string>();
  const lanes = new Set<string>();
  const persons = new Set<string>();
  for (const e of hit.evidence) {
    if (e.intervention) items.add(e.intervention.id);
    if (e.event) items.add(e.event.id);
    if (e.agency) lanes.add(`agency:${e.agency.id}`);
    if (e.person && !e.intervention && !e.event) persons.add(e.person.id);
  }
  return { items, lanes, persons };
}

/** The household's hits; choosing one lights up exactly its evidence on the roll, and a button goes to it. */
export function HitsPanel({ hits, selected, onSelect, onJump, onTriaged }: {
  hits: Hit[]; selected: string | null; onSelect: (id: string | null) => void; onJump: () => void; onTriaged: () => void;
}) {
  const { t, lang } = useTexts();
  return (
    <aside className="hits" aria-labelledby="hits-title">
      <h2 id="hits-title">{t.roll.hits}</h2>
      {hits.length === 0 && <p>{t.roll.noHits}</p>}
      <ul>
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="hit-choice" aria-pressed={selected === hit.id} data-kind={hit.kind} onClick={() => onSelect(selected === hit.id ? null : hit.id)}>
              <strong>{t.kinds[hit.kind]}</strong> <span className="score">{formatScore(hit.score, lang)}</span>
              {hit.status && <span className={`status status-${hit.status.toLowerCase()}`}>{t.statuses[hit.status]}</span>}
              <span className="explanation">{readable(hit.explanation, t, lang)}</span>
              {hit.case && <span className="hit-case">{fill(t.caseload.caseStatus, { status: t.cases.statuses[hit.case.status] })}</span>}
            </button>
            {selected === hit.id && <button type="button" className="jump" onClick={onJump}>{t.rollWords.toEvidence} →</button>}
            {selected === hit.id && <TriageControls hit={hit} onDone={onTriaged} />}
          </li>
        ))}
      </ul>
      {selected && (
        <p role="status">
          {t.roll.evidenceShown} <button type="button" className="link" onClick={() => onSelect(null)}>{t.roll.showAll}</button>
        </p>
      )}
    </aside>
  );
}
