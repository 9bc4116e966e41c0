import { Link } from "wouter";
import { getFragmentData, type FragmentType } from "../gql";
import { fill, useTexts } from "../i18n/texts";
import { ShortId } from "../layout/short-id";
import { CaseloadEntryFields } from "./caseload-operations";

/** One family in the caseload: its priority and why, its open patterns, its case and regisseur, what is new. */
export function CaseloadRow({ entry }: { entry: FragmentType<typeof CaseloadEntryFields> }) {
  const { t, lang } = useTexts();
  const e = getFragmentData(CaseloadEntryFields, entry);
  const overdue = e.case?.plan?.actions.filter((a) => a.overdue).length ?? 0;
  const kinds = [...new Set(e.hits.map((h) => h.kind))];
  const firstNew = e.hits.find((h) => e.newHitIds.includes(h.id)) ?? e.hits[0];
  const href = `/households/${encodeURIComponent(e.household.id)}${firstNew ? `?hit=${encodeURIComponent(firstNew.id)}` : ""}`;
  const titleId = `caseload-${e.household.id}`;
  return (
    <li className={`caseload-row${e.newSince ? " is-new" : ""}`}>
      <div className="caseload-head">
        <h2 id={titleId}>
          <Link href={href}>{fill(t.caseload.household, { id: "" })}<ShortId id={e.household.id} /></Link>
          {e.household.neighbourhood && <span className="sub"> · {e.household.neighbourhood}</span>}
        </h2>
        {e.newSince && <strong className="badge new">{t.caseload.isNew}</strong>}
        <span className="priority">{fill(t.caseload.priority, { value: e.priority.toLocaleString(lang === "en" ? "en-GB" : "nl-NL") })}</span>
      </div>
      <p className="why">{e.priorityExplanation}</p>
      <p className="kinds">
        {fill(t.caseload.patterns, { count: kinds.length }, lang)}{kinds.length > 0 && ": "}
        {kinds.map((k) => t.kinds[k]).join(", ")}
      </p>
      <p className="case-line">
        {e.case ? fill(t.caseload.caseStatus, { status: t.cases.statuses[e.case.status] }) : t.caseload.noCase}
        {" · "}
        {e.regisseur ? fill(t.caseload.regisseur, { name: e.regisseur.name ?? t.caseload.someone }) : t.caseload.noRegisseur}
        {overdue > 0 && <strong className="overdue"> · {fill(t.caseload.overdue, { count: overdue }, lang)}</strong>}
      </p>
    </li>
  );
}
