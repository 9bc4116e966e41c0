import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import type { DismissReason, HitStatus, PatternKind } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { fill, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { useViewer } from "../session/session";
import { TriageDocument, type TriageMutation } from "./triage-operation";

const REASONS: DismissReason[] = ["COORDINATED_OUTSIDE_SYSTEMS", "DATA_ERROR", "NOT_A_CONCERN", "OTHER"];

/** A coordinator's judgement of a hit, wherever the hit is shown (the hits list, the roll): seen, taken up, done, dismissed with a reason. */
export function TriageControls({ hit, onDone }: { hit: { id: string; kind: PatternKind; status?: HitStatus | null }; onDone: (answer: TriageMutation["triageHit"]) => void }) {
  const { t, lang } = useTexts();
  const viewer = useViewer();
  const [, triage] = useMutation(TriageDocument);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState<DismissReason>("NOT_A_CONCERN");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => said.current?.focus(), [message]); // the button pressed may be gone: focus goes to what happened
  if (!(viewer.role === "COORDINATOR" || viewer.role === "ADMIN") || !hit.status || hit.status === "GONE") return null;

  const change = async (status: HitStatus, extra: { reason?: DismissReason; note?: string; assigneeId?: string } = {}) => {
    const result = await triage({ id: hit.id, status, lang: lang === "en" ? "EN" : "NL", ...extra });
    if (result.error || !result.data) {
      setMessage({ text: errorText(result.error, t), error: true });
      return;
    }
    setDismissing(false);
    setMessage({ text: fill(t.queue.saved, { status: t.statuses[status] }), error: false });
    onDone(result.data.triageHit);
  };
  const dismiss = (e: FormEvent) => {
    e.preventDefault();
    void change("DISMISSED", { reason, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <>
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
      {message && <p ref={said} tabIndex={-1} role={message.error ? "alert" : "status"} className={message.error ? "error" : "ok"}>{message.text}</p>}
    </>
  );
}
