import { useState, type FormEvent } from "react";
import type { ConsentBasis } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { OpenCaseDocument } from "./case-operations";
import { invalid, ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

type Consent = { id: string; basis: string; from: string; to?: string | null };

/** Opens a case on the household, under its consent, a statutory task or a vital interest. */
export function OpenCaseForm({ householdId, hitId, consents, today, onDone }: {
  householdId: string; hitId: string | null; consents: Consent[]; today: string; onDone: () => void;
}) {
  const { t, lang } = useTexts();
  const running = consents.filter((c) => c.basis === "CONSENT" && c.from <= today && (!c.to || today < c.to));
  const [ground, setGround] = useState<ConsentBasis>(running.length ? "CONSENT" : "LEGAL_TASK");
  const [consentId, setConsentId] = useState(running[0]?.id ?? "");
  const [article, setArticle] = useState("");
  const [note, setNote] = useState("");
  const { submit, fetching, problems, failure } = useCaseMutation(OpenCaseDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: {
      householdId, legalGround: ground, note: note || null, hitId,
      consentId: ground === "CONSENT" ? consentId || null : null, legalArticle: ground === "LEGAL_TASK" ? article : null,
    } });
  };
  const labels = { legalGround: t.cases.legalGround, consentId: t.cases.consentRecord, legalArticle: t.cases.article, note: t.cases.note, householdId: t.cases.title, hitId: t.cases.title };
  return (
    <form onSubmit={send} className="case-form" aria-label={t.cases.open}>
      <fieldset>
        <legend>{t.cases.legalGround}</legend>
        {(["CONSENT", "LEGAL_TASK", "VITAL_INTEREST"] as const).map((g) => (
          <label key={g}><input type="radio" name="ground" value={g} checked={ground === g} onChange={() => setGround(g)} disabled={g === "CONSENT" && !running.length} /> {t.consentBases[g]}</label>
        ))}
      </fieldset>
      {ground === "CONSENT" && (
        <Field label={t.cases.consentRecord}>
          <select value={consentId} onChange={(e) => setConsentId(e.target.value)} required aria-invalid={invalid(problems, "consentId")}>
            {running.map((c) => <option key={c.id} value={c.id}>{fill(t.cases.consentFrom, { date: formatDate(c.from, lang) })}</option>)}
          </select>
        </Field>
      )}
      {ground === "LEGAL_TASK" && (
        <Field label={t.cases.article}>
          <input type="text" value={article} onChange={(e) => setArticle(e.target.value)} required maxLength={200} aria-invalid={invalid(problems, "legalArticle")} />
        </Field>
      )}
      <Field label={ground === "VITAL_INTEREST" ? t.cases.noteVital : t.cases.note}>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} required={ground === "VITAL_INTEREST"} maxLength={2000} aria-invalid={invalid(problems, "note")} />
      </Field>
      <ProblemsView problems={problems} failure={failure} labels={labels} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitOpen}</button>
    </form>
  );
}
