import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Link } from "wouter";
import { getFragmentData, makeFragmentData, type FragmentType } from "../gql";
import type { DismissReason, HitStatus } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { readable } from "../i18n/readable";
import { fill, formatDate, formatScore, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { useViewer } from "../session/session";
import { QueueHitFields, TriageDocument } from "./queue-operations";

const REASONS: DismissReason[] = ["COORDINATED_OUTSIDE_SYSTEMS", "DATA_ERROR", "NOT_A_CONCERN", "OTHER"];

/** One hit in the queue: what, about whom, why (in words), and the triage a coordinator does here. */
export function HitRow({ hit: masked, onChange }: { hit: FragmentType<typeof QueueHitFields>; onChange: (hit: FragmentType<typeof QueueHitFields>) => void }) {
  const { t, lang } = useTexts();
  const viewer = useViewer();
  const hit = getFragmentData(QueueHitFields, masked);
  const [, triage] = useMutation(TriageDocument);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState<DismissReason>("NOT_A_CONCERN");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => said.current?.focus(), [message]); // the button pressed may be gone: focus goes to what happened
  const canTriage = (viewer.role === "COORDINATOR" || viewer.role === "ADMIN") && hit.status !== "GONE";
  const household = hit.subject.__typename === "Household"
    ? hit.subject.id
    : hit.subject.__typename === "Person" ? (hit.subject.memberships.find((m) => !m.to) ?? hit.subject.memberships.at(-1))?.household.id : undefined;

  const change = async (status: HitStatus, extra: { reason?: DismissReason; note?: string; assigneeId?: string } = {}) => {
    const result = await triage({ id: hit.id, status, lang: lang === "en" ? "EN" : "NL", ...extra });
    if (result.error || !result.data) {
      setMessage({ text: errorText(result.error, t), error: true });
      return;
    }
    setDismissing(false);
    setMessage({ text: fill(t.queue.saved, { status: t.statuses[status] }), error: false });
    onChange(makeFragmentData(getFragmentData(QueueHitFields, result.data.triageHit), QueueHitFields));
  };
  const dismiss = (e: FormEvent) => {
    e.preventDefault();
    void change("DISMISSED", { reason, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  const titleId = `hit-${hit.id}`;
  const reasonWords = (r: string) => (t.reasons as Record<string, string>)[r] ?? (t.runReasons as Record<string, string>)[r] ?? r;

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
      </p>
      {canTriage && (
        <div className="triage" role="group" aria-label={`${t.queue.triage}: ${t.kinds[hit.kind]}`}>
          {hit.status === "NEW" && <button type="button" onClick={() => void change("SEEN")}>{t.queue.markSeen}</button>}
          {hit.status !== "IN_PROGRESS" && <button type="button" onClick={() => void change("IN_PROGRESS", { assigneeId: viewer.userId })}>{t.queue.takeUp}</button>}
          {hit.status !== "RESOLVED" && <button type="button" onClick={() => void change("RESOLVED")}>{t.queue.resolve}</button>}
          {hit.status !== "DISMISSED" && !dismissing && <button type="button" onClick={() => setDismissing(true)}>{t.queue.dismiss}</button>}
          {dismissing && (
            <form onSubmit={dismiss} className="dismiss">
              <Field label={t.queue.reason}>
                <select value={reason} onChange={(e) => setReason(e.target.value as DismissReason)}>
                  {REASONS.map((r) => <option key={r} value={r}>{t.reasons[r]}</option>)}
                </select>
              </Field>
              <Field label={reason === "OTHER" ? t.queue.noteRequired : t.queue.note}>
                <input type="text" value={note} maxLength={500} required={reason === "OTHER"} onChange={(e) => setNote(e.target.value)} />
              </Field>
              <button type="submit" className="primary">{t.queue.save}</button>
              <button type="button" onClick={() => setDismissing(false)}>{t.queue.cancel}</button>
            </form>
          )}
        </div>
      )}
      {message && <p ref={said} tabIndex={-1} role={message.error ? "alert" : "status"} className={message.error ? "error" : "ok"}>{message.text}</p>}
      {hit.history.length > 1 && (
        <details>
          <summary>{t.queue.history}</summary>
          <ul className="history">
            {hit.history.map((c, i) => (
              <li key={i}>{formatDate(c.at, lang)}: {c.from ? t.statuses[c.from] : "—"} → {t.statuses[c.to]}{c.reason ? ` (${reasonWords(c.reason)})` : ""}{c.by ? ` · ${c.by === "detection" ? t.detectionRun : c.by}` : ""}{c.note ? ` · ${c.note}` : ""}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
