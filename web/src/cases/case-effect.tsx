import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";

const ROWS = ["hitsOpened", "hitsClosed", "escalations", "concessions", "newOverlaps"] as const;

/** Did it help? The same counts as long before as after the first conference. */
export function CaseEffect({ effect }: { effect: NonNullable<CaseFieldsFragment["effect"]> }) {
  const { t, lang } = useTexts();
  return (
    <section aria-labelledby="case-effect">
      <h3 id="case-effect">{t.cases.effect}</h3>
      <table className="effect">
        <caption>{fill(t.cases.effectIntro, { date: formatDate(effect.conference, lang) })}</caption>
        <thead><tr><td></td><th scope="col">{t.cases.before}</th><th scope="col">{t.cases.after}</th></tr></thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r}><th scope="row">{t.cases.effectRows[r]}</th><td>{effect.before[r]}</td><td>{effect.after[r]}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
