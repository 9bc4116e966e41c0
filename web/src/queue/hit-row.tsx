import { Link } from "wouter";
import { getFragmentData, makeFragmentData, type FragmentType } from "../gql";
import type { HitChangeReason } from "../gql/graphql";
import { readable } from "../i18n/readable";
import { fill, formatDate, formatScore, useTexts } from "../i18n/texts";
import { QueueHitFields } from "./queue-operations";
import { TriageControls } from "./triage-controls";

/** One hit in the queue: what, about whom, why (in words), and the triage a coordinator does here. */
export function HitRow({ hit: masked, onChange }: { hit: FragmentType<typeof QueueHitFields>; onChange: (hit: FragmentType<typeof QueueHitFields>) => void }) {
  const { t, lang } = useTexts();
  const hit = getFragmentData(QueueHitFields, masked);
  const household = hit.subject.__typename === "Household"
    ? hit.subject.id
    : hit.subject.__typename === "Person" ? (hit.subject.memberships.find((m) => !m.to) ?? hit.subject.memberships.at(-1))?.household.id : undefined;
  const titleId = `hit-${hit.id}`;
  const reasonWords = (r: HitChangeReason) => t.hitChangeReasons[r];

  return (
    <li className="hit" aria-labelledby={titleId} data-hit-id={hit.id} data-kind={hit.kind} data-status={hit.status ?? ""}>
      <div className="hit-head">
        <h2 id={titleId}>{t.kinds[hit.kind]}</h2>
        <span className={`status status-${(hit.status ?? "").toLowerCase()}`}>{hit.status ? t.statuses[hit.status] : ""}</span>
        <span>{t.queue.score} {formatScore(hit.score, lang)}</span>
        <span>{t.queue.firstSeen} {formatDate(hit.firstSeen, lang)}</span>
      </div>
      <p className="explanation">{readable(hit.explanation, t, lang)}</p>
      <p>
        {t.queue.subject}:{" "}
        {household
          ? <Link href={`/households/${encodeURIComponent(household)}?hit=${encodeURIComponent(hit.id)}`}>{fill(t.queue.openRoll, { id: household })}</Link>
          : fill(t.queue.personSubject, { id: hit.subject.__typename === "Person" ? hit.subject.id : "" })}
        {hit.subject.__typename === "Household" && hit.subject.neighbourhood ? ` · ${hit.subject.neighbourhood}` : ""}
        {hit.assignee ? ` · ${hit.assignee.name ?? hit.assignee.id}` : ""}
        {hit.case ? ` · ${fill(t.caseload.caseStatus, { status: t.cases.statuses[hit.case.status] })}` : ""}
      </p>
      <TriageControls hit={hit} onDone={(answer) => onChange(makeFragmentData(getFragmentData(QueueHitFields, answer), QueueHitFields))} />
      {hit.history.length > 1 && (
        <details>
          <summary>{t.queue.history}</summary>
          <ul className="history">
            {hit.history.map((c, i) => (
              <li key={i}>{formatDate(c.at, lang)}: {c.from ? t.statuses[c.from] : "—"} → {t.statuses[c.to]}{c.reason ? ` (${reasonWords(c.reason)})` : ""}{c.by ? ` · ${c.by === "detection" ? t.detectionRun : c.byProfessional?.name ?? c.by}` : ""}{c.note ? ` · ${c.note}` : ""}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
