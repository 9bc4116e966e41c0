import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { UpdatePlanActionDocument } from "./case-operations";
import { ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

type PlanData = NonNullable<CaseFieldsFragment["plan"]>;

/** The plan: goals per life domain (with the family's words), actions with owner, due date and whether done. */
export function PlanView({ caseId, plan, today, canWork, onDone }: { caseId: string; plan: PlanData; today: string; canWork: boolean; onDone: () => void }) {
  const { t, lang } = useTexts();
  const { submit, fetching, problems, failure } = useCaseMutation(UpdatePlanActionDocument, onDone);
  return (
    <div className="plan">
      <ul className="goals">
        {plan.goals.map((g) => (
          <li key={g.id}><strong>{t.zrmDomains[g.domain]}</strong>: {g.goal}{g.familyWords ? <> — <q>{g.familyWords}</q></> : null}</li>
        ))}
      </ul>
      <table className="plan-actions">
        <caption className="visually-hidden">{t.cases.actions}</caption>
        <thead><tr><th scope="col">{t.cases.due}</th><th scope="col">{t.cases.action}</th><th scope="col">{t.cases.owner}</th><th scope="col">{t.rollWords.planColumns.state}</th></tr></thead>
        <tbody>
          {plan.actions.map((a) => (
            <tr key={a.id} className={a.overdue ? "overdue" : undefined}>
              <td>{formatDate(a.due, lang)}</td>
              <td>{a.description}</td>
              <td>{a.ownerProfessional?.name ?? a.ownerAgency?.name ?? ""}</td>
              <td>
                {a.doneOn ? fill(t.cases.doneOn, { date: formatDate(a.doneOn, lang) }) : a.overdue ? <strong>{t.cases.overdue}</strong> : t.rollWords.open}
                {!a.doneOn && canWork && (
                  <> <button type="button" disabled={fetching} onClick={() => void submit({ input: { caseId, actionId: a.id, doneOn: today } })}
                    aria-label={`${t.cases.markDone}: ${a.description ?? ""}`}>{t.cases.markDone}</button></>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemsView problems={problems} failure={failure} labels={{}} />
    </div>
  );
}
