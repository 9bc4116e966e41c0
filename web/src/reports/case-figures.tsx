import { useQuery } from "urql";
import { graphql } from "../gql";
import { errorText } from "../i18n/errors";
import { fill, useTexts } from "../i18n/texts";

const CaseFiguresDocument = graphql(`
  query CaseFigures {
    caseStatistics {
      minCases
      overall { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }
      neighbourhoods { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }
    }
  }
`);

/** Did it help? Cases per neighbourhood for the municipality (ADMIN, ANALYST); small groups show nothing. */
export function CaseFigures() {
  const { t, lang } = useTexts();
  const [{ data, error }] = useQuery({ query: CaseFiguresDocument });
  if (error) return <p role="alert" className="error">{errorText(error, t)}</p>;
  if (!data) return null;
  const s = data.caseStatistics;
  const number = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? "–" : n.toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: digits }));
  const share = (n: number | null | undefined) => (n === null || n === undefined ? "–" : `${Math.round(n * 100)}%`);
  const rows = [s.overall, ...s.neighbourhoods];
  return (
    <section aria-labelledby="case-figures" className="case-figures">
      <h2 id="case-figures">{t.caseFigures.title}</h2>
      <p>{fill(t.caseFigures.intro, { min: s.minCases })}</p>
      <div className="table-scroll">
        <table data-testid="case-figures">
          <thead>
            <tr>
              <th scope="col">{t.queue.neighbourhood}</th>
              <th scope="col">{t.caseFigures.cases}</th>
              <th scope="col">{t.caseFigures.open}</th>
              <th scope="col">{t.caseFigures.daysToConference}</th>
              <th scope="col">{t.caseFigures.daysToPlan}</th>
              <th scope="col">{t.caseFigures.withPlan}</th>
              <th scope="col">{t.caseFigures.stopped}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.neighbourhood ?? t.caseFigures.all}</th>
                {r.suppressed
                  ? <td colSpan={6}>{fill(t.caseFigures.suppressed, { min: s.minCases })}</td>
                  : <><td>{number(r.cases)}</td><td>{number(r.open)}</td><td>{number(r.daysToConference, 1)}</td><td>{number(r.daysToPlan, 1)}</td><td>{number(r.withPlan)}</td><td>{share(r.stoppedAfterPlan)}</td></>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
