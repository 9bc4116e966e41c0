import { useQuery } from "urql";
import { Link } from "wouter";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { ShortId } from "../layout/short-id";
import { useViewer } from "../session/session";
import { AgencyStartDocument } from "./caseload-operations";

/** `/` for an agency worker: the cases it takes part in, its agency's households, and the search. */
export function AgencyStart() {
  const { t, lang } = useTexts();
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: AgencyStartDocument, variables: { agencyId: viewer.agency?.id ?? "" }, pause: !viewer.agency });
  const href = (id: string) => `/households/${encodeURIComponent(id)}`;
  return (
    <>
      <h1>{t.caseload.agencyTitle}</h1>
      <p>{t.caseload.agencyIntro}</p>
      {error && <p role="alert" className="error">{errorText(error, t)}</p>}
      {fetching && !data && <p role="status">{t.loading}</p>}
      <section aria-labelledby="invited">
        <h2 id="invited">{t.caseload.invited}</h2>
        {data && data.cases.edges.length === 0 && <p>{t.caseload.noInvites}</p>}
        <ul>
          {data?.cases.edges.map(({ node: c }) => (
            <li key={c.id}>
              <Link href={href(c.household.id)}>{fill(t.caseload.household, { id: "" })}<ShortId id={c.household.id} /></Link>
              {" · "}{t.cases.statuses[c.status]}{c.plannedOn ? ` · ${fill(t.cases.plannedOn, { date: formatDate(c.plannedOn, lang) })}` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="own">
        <h2 id="own">{t.caseload.agencyHouseholds}</h2>
        {data && <p role="status">{fill(t.caseload.count, { count: data.households.totalCount }, lang)}</p>}
        {data && data.households.totalCount === 0 && <p>{t.caseload.noHouseholds}</p>}
        <ul className="households">
          {data?.households.edges.map(({ node: h }) => (
            <li key={h.id}><Link href={href(h.id)}><ShortId id={h.id} /></Link>{h.neighbourhood ? ` · ${h.neighbourhood}` : ""}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
