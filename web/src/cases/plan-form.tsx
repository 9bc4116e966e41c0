import { useState, type FormEvent } from "react";
import type { ZrmDomain } from "../gql/graphql";
import { useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { AgreePlanDocument } from "./case-operations";
import { invalid, ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

const DOMAINS: ZrmDomain[] = [
  "FINANCIEN", "WERK_OPLEIDING", "TIJDSBESTEDING", "HUISVESTING", "HUISELIJKE_RELATIES", "GEESTELIJKE_GEZONDHEID", "LICHAMELIJKE_GEZONDHEID",
  "MIDDELENGEBRUIK", "BASALE_ADL", "INSTRUMENTELE_ADL", "SOCIAAL_NETWERK", "MAATSCHAPPELIJKE_PARTICIPATIE", "JUSTITIE",
];
type Goal = { domain: ZrmDomain; goal: string; familyWords: string };
type Action = { description: string; domain: ZrmDomain | ""; ownerAgencyId: string; due: string };

/** One plan for the family: goals per life domain in its own words, actions with an owner and a due date. */
export function PlanForm({ caseId, agencies, today, onDone }: { caseId: string; agencies: { id: string; name: string }[]; today: string; onDone: () => void }) {
  const { t } = useTexts();
  const [goals, setGoals] = useState<Goal[]>([{ domain: "FINANCIEN", goal: "", familyWords: "" }]);
  const [actions, setActions] = useState<Action[]>([{ description: "", domain: "", ownerAgencyId: agencies[0]?.id ?? "", due: today }]);
  const { submit, fetching, problems, failure } = useCaseMutation(AgreePlanDocument, onDone);
  const setGoal = (i: number, g: Partial<Goal>) => setGoals((old) => old.map((x, j) => (j === i ? { ...x, ...g } : x)));
  const setAction = (i: number, a: Partial<Action>) => setActions((old) => old.map((x, j) => (j === i ? { ...x, ...a } : x)));
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit({ input: {
      caseId,
      goals: goals.map((g) => ({ domain: g.domain, goal: g.goal, familyWords: g.familyWords || null })),
      actions: actions.map((a) => ({ description: a.description, domain: a.domain || null, ownerAgencyId: a.ownerAgencyId || null, due: a.due })),
    } });
  };
  const labels = { goals: t.cases.goals, actions: t.cases.actions, caseId: t.cases.title };
  return (
    <form onSubmit={send} className="case-form plan-form" aria-label={t.cases.agreePlan}>
      <fieldset>
        <legend>{t.cases.goals}</legend>
        {goals.map((g, i) => (
          <div className="row" key={i} role="group" aria-label={`${t.cases.goal} ${i + 1}`}>
            <Field label={t.cases.domain}>
              <select value={g.domain} onChange={(e) => setGoal(i, { domain: e.target.value as ZrmDomain })}>
                {DOMAINS.map((d) => <option key={d} value={d}>{t.zrmDomains[d]}</option>)}
              </select>
            </Field>
            <Field label={t.cases.goal}><input type="text" value={g.goal} required maxLength={500} onChange={(e) => setGoal(i, { goal: e.target.value })} aria-invalid={invalid(problems, `goals.${i}`)} /></Field>
            <Field label={t.cases.familyWords}><input type="text" value={g.familyWords} maxLength={500} onChange={(e) => setGoal(i, { familyWords: e.target.value })} /></Field>
            {goals.length > 1 && <button type="button" onClick={() => setGoals((old) => old.filter((_, j) => j !== i))}>{t.cases.remove}</button>}
          </div>
        ))}
        <button type="button" onClick={() => setGoals((old) => [...old, { domain: "FINANCIEN", goal: "", familyWords: "" }])}>{t.cases.addGoal}</button>
      </fieldset>
      <fieldset>
        <legend>{t.cases.actions}</legend>
        {actions.map((a, i) => (
          <div className="row" key={i} role="group" aria-label={`${t.cases.action} ${i + 1}`}>
            <Field label={t.cases.action}><input type="text" value={a.description} required maxLength={500} onChange={(e) => setAction(i, { description: e.target.value })} aria-invalid={invalid(problems, `actions.${i}`)} /></Field>
            <Field label={t.cases.domain}>
              <select value={a.domain} onChange={(e) => setAction(i, { domain: e.target.value as ZrmDomain | "" })}>
                <option value="">–</option>
                {goals.map((g) => g.domain).filter((d, j, all) => all.indexOf(d) === j).map((d) => <option key={d} value={d}>{t.zrmDomains[d]}</option>)}
              </select>
            </Field>
            <Field label={t.cases.owner}>
              <select value={a.ownerAgencyId} required onChange={(e) => setAction(i, { ownerAgencyId: e.target.value })}>
                <option value="">{t.cases.chooseOwner}</option>
                {agencies.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              </select>
            </Field>
            <Field label={t.cases.due}><input type="date" value={a.due} min={today} required onChange={(e) => setAction(i, { due: e.target.value })} /></Field>
            <button type="button" onClick={() => setActions((old) => old.filter((_, j) => j !== i))}>{t.cases.remove}</button>
          </div>
        ))}
        <button type="button" onClick={() => setActions((old) => [...old, { description: "", domain: "", ownerAgencyId: agencies[0]?.id ?? "", due: today }])}>{t.cases.addAction}</button>
      </fieldset>
      <ProblemsView problems={problems} failure={failure} labels={labels} />
      <button type="submit" className="primary" disabled={fetching}>{t.cases.submitPlan}</button>
    </form>
  );
}
