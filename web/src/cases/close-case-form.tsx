import { useState, type FormEvent } from "react";
import type { DismissReason } from "../gql/graphql";
import { useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { CloseCaseDocument } from "./case-operations";
import { ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

type Hit = { id: string; kind: string; status?: string | null };
type Outcome = { status: "RESOLVED" | "DISMISSED"; reason: DismissReason };

/** Closing a case asks what became of each of its open patterns. */
export function CloseCaseForm({ caseId, hits, onDone }: { caseId: string; hits: Hit[]; onDone: () => void }) {
  const { t } = useTexts();
  const open = hits.filter((h) => ["NEW", "SEEN", "IN_PROGRESS"].includes(h.status ?? ""));
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>(Object.fromEntries(open.map((h) => [h.id, { status: "RESOLVED", reason: "COORDINATED_OUTSIDE_SYSTEMS" }])));
  const [note, setNote] = useState("");
  const { submit, fetching, problems, failure } = useCaseMutation(CloseCaseDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: { caseId, note: note || null, hits: open.map((h) => {
      const o = outcomes[h.id] as Outcome;
      return o.status === "DISMISSED" ? { id: h.id, status: "DISMISSED", reason: o.reason } : { id: h.id, status: "RESOLVED" };
    }) } });
  };
  return (
    <form onSubmit={send} className="case-form" aria-label={t.cases.close}>
      <p>{t.cases.closeIntro}</p>
      {open.map((h) => {
        const o = outcomes[h.id] as Outcome;
        const set = (next: Partial<Outcome>) => setOutcomes((old) => ({ ...old, [h.id]: { ...o, ...next } }));
        return (
          <fieldset key={h.id}>
            <legend>{t.kinds[h.kind as keyof typeof t.kinds]}</legend>
            <label><input type="radio" name={`o-${h.id}`} checked={o.status === "RESOLVED"} onChange={() => set({ status: "RESOLVED" })} /> {t.cases.resolved}</label>
            <label><input type="radio" name={`o-${h.id}`} checked={o.status === "DISMISSED"} onChange={() => set({ status: "DISMISSED" })} /> {t.cases.dismissed}</label>
            {o.status === "DISMISSED" && (
              <Field label={t.cases.reason}>
                <select value={o.reason} onChange={(e) => set({ reason: e.target.value as DismissReason })}>
                  {(["COORDINATED_OUTSIDE_SYSTEMS", "DATA_ERROR", "NOT_A_CONCERN"] as const).map((r) => <option key={r} value={r}>{t.reasons[r]}</option>)}
                </select>
              </Field>
            )}
          </fieldset>
        );
      })}
      <Field label={t.cases.note}><textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} /></Field>
      <ProblemsView problems={problems} failure={failure} labels={{ hits: t.cases.closeIntro, note: t.cases.note }} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitClose}</button>
    </form>
  );
}
