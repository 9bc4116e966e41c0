import { useState, type FormEvent } from "react";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { PlanConferenceDocument, RecordConferenceDocument } from "./case-operations";
import { invalid, ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

export type Proposal = { domain?: string | null; since: string; latest: string; running: boolean; agency: { id: string; name: string }; professional?: { id: string; name?: string | null } | null };
export type Person = { id: string; name?: string | null };

/** Who should be at the table, as the Verwijsindex gives it: that they are involved, not what they do. */
export function ProposalList({ proposals }: { proposals: Proposal[] }) {
  const { t, lang } = useTexts();
  return (
    <section aria-labelledby="proposals">
      <h4 id="proposals">{t.cases.proposals}</h4>
      {proposals.length === 0 ? <p>{t.cases.noProposals}</p> : (
        <ul className="proposals">
          {proposals.map((p, i) => {
            const values = { agency: p.agency.name, domain: p.domain ? t.domains[p.domain as keyof typeof t.domains] : "", since: formatDate(p.since, lang), latest: formatDate(p.latest, lang) };
            return <li key={i}>{fill(p.running ? t.cases.proposalRunning : t.cases.proposalRecent, values)}{p.professional?.name ? ` · ${p.professional.name}` : ""}</li>;
          })}
        </ul>
      )}
    </section>
  );
}

/** The professionals one may ask to the table: those the proposals name, the invited, the regisseur; each once. */
export function candidates(proposals: Proposal[], more: Person[]): Person[] {
  const all = [...proposals.flatMap((p) => (p.professional ? [p.professional] : [])), ...more];
  return [...new Map(all.map((p) => [p.id, p])).values()];
}

function PeoplePicker({ legend, people, chosen, onChange, problem }: { legend: string; people: Person[]; chosen: Set<string>; onChange: (s: Set<string>) => void; problem?: boolean | undefined }) {
  return (
    <fieldset aria-invalid={problem}>
      <legend>{legend}</legend>
      {people.map((p) => (
        <label key={p.id}>
          <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => {
            const next = new Set(chosen);
            if (e.target.checked) next.add(p.id); else next.delete(p.id);
            onChange(next);
          }} /> {p.name ?? p.id}
        </label>
      ))}
    </fieldset>
  );
}

export function PlanConferenceForm({ caseId, people, today, onDone }: { caseId: string; people: Person[]; today: string; onDone: () => void }) {
  const { t } = useTexts();
  const [date, setDate] = useState(today);
  const [invited, setInvited] = useState<Set<string>>(new Set(people.map((p) => p.id)));
  const { submit, fetching, problems, failure } = useCaseMutation(PlanConferenceDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: { caseId, date, inviteeIds: [...invited] } });
  };
  return (
    <form onSubmit={send} className="case-form" aria-label={t.cases.planConference}>
      <Field label={t.cases.date}><input type="date" value={date} min={today} onChange={(e) => setDate(e.target.value)} required aria-invalid={invalid(problems, "date")} /></Field>
      <PeoplePicker legend={t.cases.invitees} people={people} chosen={invited} onChange={setInvited} problem={invalid(problems, "inviteeIds")} />
      <ProblemsView problems={problems} failure={failure} labels={{ date: t.cases.date, inviteeIds: t.cases.invitees, caseId: t.cases.title }} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitPlanConference}</button>
    </form>
  );
}

export function RecordConferenceForm({ caseId, people, invited, regisseurId, today, onDone }: {
  caseId: string; people: Person[]; invited: string[]; regisseurId: string | null; today: string; onDone: () => void;
}) {
  const { t } = useTexts();
  const [date, setDate] = useState(today);
  const [present, setPresent] = useState<Set<string>>(new Set(invited.length ? invited : people.map((p) => p.id)));
  const [familyPresent, setFamilyPresent] = useState(true);
  const [familyWish, setFamilyWish] = useState("");
  const [agreements, setAgreements] = useState("");
  const [regisseur, setRegisseur] = useState(regisseurId ?? "");
  const { submit, fetching, problems, failure } = useCaseMutation(RecordConferenceDocument, onDone);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: { caseId, date, participants: [...present], familyPresent, familyWish: familyWish || null, agreements, regisseurId: regisseur } });
  };
  const labels = { date: t.cases.date, participants: t.cases.participants, familyWish: t.cases.familyWish, agreements: t.cases.agreements, regisseurId: t.cases.newRegisseur, caseId: t.cases.title };
  return (
    <form onSubmit={send} className="case-form" aria-label={t.cases.recordConference}>
      <Field label={t.cases.date}><input type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} required aria-invalid={invalid(problems, "date")} /></Field>
      <PeoplePicker legend={t.cases.participants} people={people} chosen={present} onChange={setPresent} problem={invalid(problems, "participants")} />
      <label className="check"><input type="checkbox" checked={familyPresent} onChange={(e) => setFamilyPresent(e.target.checked)} /> {t.cases.familyPresent}</label>
      <Field label={t.cases.familyWish}><textarea value={familyWish} onChange={(e) => setFamilyWish(e.target.value)} maxLength={2000} aria-invalid={invalid(problems, "familyWish")} /></Field>
      <Field label={t.cases.agreements}><textarea value={agreements} onChange={(e) => setAgreements(e.target.value)} required maxLength={8000} aria-invalid={invalid(problems, "agreements")} /></Field>
      <Field label={t.cases.newRegisseur}>
        <select value={regisseur} onChange={(e) => setRegisseur(e.target.value)} required aria-invalid={invalid(problems, "regisseurId")}>
          <option value="">{t.cases.chooseRegisseur}</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name ?? p.id}</option>)}
        </select>
      </Field>
      <ProblemsView problems={problems} failure={failure} labels={labels} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitConference}</button>
    </form>
  );
}
