import { useState, type FormEvent } from "react";
import { useSearchParams } from "wouter";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { AddCaseNoteDocument, AssignCaseDocument } from "./case-operations";
import { invalid, ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

/** A note in the case's history: about the case, or about the period the roll shows (its address says which). */
export function CaseNoteForm({ caseId, itemId, onDone }: { caseId: string; itemId?: string; onDone: () => void }) {
  const { t, lang } = useTexts();
  const [params] = useSearchParams();
  const from = params.get("from");
  const to = params.get("to");
  const [note, setNote] = useState("");
  const [aboutPeriod, setAboutPeriod] = useState(Boolean(from && to));
  const { submit, fetching, problems, failure } = useCaseMutation(AddCaseNoteDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    const about = itemId ? { aboutItemId: itemId } : aboutPeriod && from && to ? { aboutFrom: from, aboutTo: to } : {};
    void submit({ input: { caseId, note, ...about } });
  };
  return (
    <form onSubmit={send} className="case-form" aria-label={itemId ? t.cases.addItemNote : t.cases.addNote}>
      <Field label={t.cases.note}><textarea value={note} onChange={(e) => setNote(e.target.value)} required maxLength={2000} aria-invalid={invalid(problems, "note")} /></Field>
      {!itemId && from && to && (
        <label className="check"><input type="checkbox" checked={aboutPeriod} onChange={(e) => setAboutPeriod(e.target.checked)} /> {fill(t.cases.aboutPeriod, { from: formatDate(from, lang), to: formatDate(to, lang) })}</label>
      )}
      <ProblemsView problems={problems} failure={failure} labels={{ note: t.cases.note, aboutFrom: t.roll.period, aboutTo: t.roll.period }} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitNote}</button>
    </form>
  );
}

/** Hands the case to a colleague: regisseur, and the household's coordinator, from today. */
export function AssignForm({ caseId, people, current, onDone }: { caseId: string; people: { id: string; name?: string | null }[]; current: string | null; onDone: () => void }) {
  const { t } = useTexts();
  const [to, setTo] = useState("");
  const { submit, fetching, problems, failure } = useCaseMutation(AssignCaseDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: { caseId, regisseurId: to } });
  };
  return (
    <form onSubmit={send} className="case-form" aria-label={t.cases.assign}>
      <Field label={t.cases.assignTo}>
        <select value={to} onChange={(e) => setTo(e.target.value)} required aria-invalid={invalid(problems, "regisseurId")}>
          <option value="">{t.cases.chooseRegisseur}</option>
          {people.filter((p) => p.id !== current).map((p) => <option key={p.id} value={p.id}>{p.name ?? p.id}</option>)}
        </select>
      </Field>
      <ProblemsView problems={problems} failure={failure} labels={{ regisseurId: t.cases.assignTo }} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitAssign}</button>
    </form>
  );
}
