import { useRef, useState } from "react";
import { useQuery } from "urql";
import { getFragmentData } from "../gql";
import type { CaseFieldsFragment } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { useViewer } from "../session/session";
import { CaseEffect } from "./case-effect";
import { CaseHistory } from "./case-history";
import { CaseFields, HouseholdCaseDocument, SetCaseStatusDocument } from "./case-operations";
import { CloseCaseForm } from "./close-case-form";
import { candidates, PlanConferenceForm, ProposalList, RecordConferenceForm, type Proposal } from "./conference-forms";
import { AssignForm, CaseNoteForm } from "./note-and-assign";
import { OpenCaseForm } from "./open-case-form";
import { PlanForm } from "./plan-form";
import { PlanView } from "./plan-view";
import { ProblemsView } from "./problems-view";
import { useCaseMutation } from "./use-case-mutation";

/** The household's case, read once for the panel and for the roll (which draws its plan). */
export function useHouseholdCase(householdId: string) {
  const role = useViewer().role;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HouseholdCaseDocument, variables: { id: householdId }, pause: role === "ANALYST" });
  const household = data?.household ?? null;
  const c = household?.case ? getFragmentData(CaseFields, household.case) : null;
  const proposals = (household?.case?.proposals ?? []) as Proposal[];
  return { household, case: c, proposals, fetching, error, refresh: () => reexecute({ requestPolicy: "network-only" }) };
}
export type HouseholdCase = ReturnType<typeof useHouseholdCase>;

/** The plan's actions as the roll draws them: markers on their due dates, in a lane of their own. */
export function planForRoll(c: CaseFieldsFragment | null) {
  if (!c?.plan) return null;
  return { actions: c.plan.actions.map((a) => ({ id: a.id, due: a.due, label: a.description ?? "", done: Boolean(a.doneOn), owner: a.ownerProfessional?.name ?? a.ownerAgency?.name ?? null })) };
}

/** The case beside the roll: open one, its status and regisseur, the conference, the plan, whether it helped. */
export function CasePanel({ householdId, hitId, today, data, onChanged }: {
  householdId: string; hitId: string | null; today: string; data: HouseholdCase; onChanged: () => void;
}) {
  const { t, lang } = useTexts();
  const role = useViewer().role;
  const heading = useRef<HTMLHeadingElement>(null);
  const canWork = role === "ADMIN" || role === "COORDINATOR";
  const [version, setVersion] = useState(0); // after an action its form starts afresh, closed
  const done = () => {
    setVersion((v) => v + 1);
    data.refresh();
    onChanged();
    heading.current?.focus(); // after every action: back to the case, whose status says what changed
  };
  const status = useCaseMutation(SetCaseStatusDocument, done);
  if (role === "ANALYST") return null;
  const c = data.case;
  const people = c ? candidates(data.proposals, [...c.invitees, ...(c.regisseur ? [c.regisseur] : [])]) : [];
  const agencies = [...new Map(data.proposals.map((p) => [p.agency.id, p.agency])).values()];
  return (
    <section className="case-panel" aria-labelledby="case-title">
      <h2 id="case-title" ref={heading} tabIndex={-1}>{t.cases.title}</h2>
      {data.error && <p role="alert" className="error">{errorText(data.error, t)}</p>}
      {data.fetching && !data.household && <p role="status">{t.loading}</p>}
      {data.household && !c && (
        <>
          <p>{t.cases.none}</p>
          {canWork && (
            <details key={`open-${version}`}>
              <summary>{t.cases.open}</summary>
              <OpenCaseForm householdId={householdId} hitId={hitId} consents={data.household.consents} today={today} onDone={done} />
            </details>
          )}
        </>
      )}
      {c && (
        <>
          <p role="status" data-testid="case-status">
            <strong>{t.cases.status}:</strong> {t.cases.statuses[c.status]}
            {c.plannedOn && c.status === "CONFERENCE_PLANNED" ? ` · ${fill(t.cases.plannedOn, { date: formatDate(c.plannedOn, lang) })}` : ""}
          </p>
          <p><strong>{t.cases.regisseur}:</strong> {c.regisseur ? c.regisseur.name ?? c.regisseur.id : t.cases.noRegisseur}</p>
          <p><strong>{t.cases.legalGround}:</strong> {c.legalGround ? t.consentBases[c.legalGround] : ""}{c.legalArticle ? ` (${c.legalArticle})` : ""}
            {" · "}{fill(t.cases.opened, { date: formatDate(c.openedOn, lang) })}</p>
          {canWork && c.status !== "CLOSED" && (
            <div className="case-actions" role="group" aria-label={t.cases.status}>
              {["SIGNALLED", "CONFERENCE_PLANNED", "PLAN_AGREED", "MONITORING"].includes(c.status) && (
                <button type="button" onClick={() => void status.submit({ input: { caseId: c.id, status: "EXPLORING" } })}>{t.cases.explore}</button>
              )}
              {c.status === "PLAN_AGREED" && <button type="button" onClick={() => void status.submit({ input: { caseId: c.id, status: "MONITORING" } })}>{t.cases.monitor}</button>}
              {c.status === "MONITORING" && <button type="button" onClick={() => void status.submit({ input: { caseId: c.id, status: "PLAN_AGREED" } })}>{t.cases.backToPlan}</button>}
            </div>
          )}
          <ProblemsView problems={status.problems} failure={status.failure} labels={{ status: t.cases.status }} />
          <Conference key={`conference-${version}`} c={c} data={data} people={people} canWork={canWork} today={today} onDone={done} />
          <section aria-labelledby="case-plan">
            <h3 id="case-plan">{t.cases.plan}</h3>
            {c.plan ? <PlanView caseId={c.id} plan={c.plan} today={today} canWork={canWork && c.status !== "CLOSED"} onDone={done} /> : <p>{t.cases.noPlan}</p>}
            {canWork && c.status !== "CLOSED" && (
              <details key={`plan-${version}`}>
                <summary>{t.cases.agreePlan}</summary>
                <PlanForm caseId={c.id} agencies={agencies} today={today} onDone={done} />
              </details>
            )}
          </section>
          {c.effect && <CaseEffect effect={c.effect} />}
          {canWork && c.status !== "CLOSED" && (
            <details key={`note-${version}`}>
              <summary>{t.cases.addNote}</summary>
              <CaseNoteForm caseId={c.id} onDone={done} />
            </details>
          )}
          {canWork && c.status !== "CLOSED" && (
            <details key={`assign-${version}`}>
              <summary>{t.cases.assign}</summary>
              <AssignForm caseId={c.id} people={people} current={c.regisseur?.id ?? null} onDone={done} />
            </details>
          )}
          <CaseHistory history={c.history} />
          {canWork && c.status !== "CLOSED" && (
            <details key={`close-${version}`}>
              <summary>{t.cases.close}</summary>
              <CloseCaseForm caseId={c.id} hits={c.hits} onDone={done} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function Conference({ c, data, people, canWork, today, onDone }: {
  c: CaseFieldsFragment; data: HouseholdCase; people: { id: string; name?: string | null }[]; canWork: boolean; today: string; onDone: () => void;
}) {
  const { t, lang } = useTexts();
  const open = c.status !== "CLOSED";
  return (
    <section aria-labelledby="case-conference">
      <h3 id="case-conference">{t.cases.conferences}</h3>
      <ul>
        {c.conferences.map((k) => (
          <li key={k.id}>
            {fill(t.cases.conferenceLine, { date: formatDate(k.date, lang), count: k.participants.length }, lang)}
            {" · "}{k.familyPresent ? t.cases.familyWasThere : t.cases.familyAbsent}
            {k.participants.length > 0 && <> · {k.participants.map((p) => p.name ?? p.id).join(", ")}</>}
            {k.familyWish && <><br />{t.cases.familyWish}: <q>{k.familyWish}</q></>}
            {k.agreements && <><br />{t.cases.agreements}: {k.agreements}</>}
          </li>
        ))}
      </ul>
      {canWork && open && <ProposalList proposals={data.proposals} />}
      {canWork && open && (
        <details>
          <summary>{t.cases.planConference}</summary>
          <PlanConferenceForm caseId={c.id} people={people} today={today} onDone={onDone} />
        </details>
      )}
      {canWork && open && (
        <details>
          <summary>{t.cases.recordConference}</summary>
          <RecordConferenceForm caseId={c.id} people={people} invited={c.invitees.map((p) => p.id)} regisseurId={c.regisseur?.id ?? null} today={today} onDone={onDone} />
        </details>
      )}
    </section>
  );
}
