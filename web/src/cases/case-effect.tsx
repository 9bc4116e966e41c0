import type { CaseFieldsFragment } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";

const ROWS = ["hitsOpened", "hitsClosed", "escalations", "concessions", "newOverlaps"] as const;

/** Did it help? The same counts as long before as after the first conference. */
export function CaseEffect({ effect }: { effect: NonNullable<CaseFieldsFragment["effect"]> }) {
  const { t, lang } = useTexts();
  // the life domains scored in either window, each with its mean (1 acute problem … 5 fully self-sufficient)
  const zrmDomains = [...new Set([...effect.before.zrm, ...effect.after.zrm].map((z) => z.domain))];
  const mean = (m: number | undefined) => (m === undefined ? "–" : m.toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1 }));
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
          {zrmDomains.map((d) => (
            <tr key={d}>
              <th scope="row">{fill(t.cases.zrmRow, { domain: t.zrmDomains[d] })}</th>
              <td>{mean(effect.before.zrm.find((z) => z.domain === d)?.mean)}</td>
              <td>{mean(effect.after.zrm.find((z) => z.domain === d)?.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
