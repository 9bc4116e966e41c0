import { useEffect, useRef, useState, type FormEvent } from "react";
import { useClient } from "urql";
import { Link, useLocation } from "wouter";
import { graphql } from "../gql";
import type { FindQuery } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { WithId } from "../layout/short-id";

const FindDocument = graphql(`
  query Find($id: ID!) {
    household(id: $id) { id neighbourhood }
    person(id: $id) { id name memberships { from to household { id } } }
  }
`);

/** Find a household or a person by id (or, for an analyst, by pseudonym). A household opens its roll. */
export function FindPage() {
  const { t, lang } = useTexts();
  const client = useClient();
  const [, navigate] = useLocation();
  const [id, setId] = useState("");
  const [result, setResult] = useState<{ id: string; data: FindQuery | null; error: string | null } | null>(null);
  const find = async (e: FormEvent) => {
    e.preventDefault();
    const wanted = id.trim();
    if (!wanted) return;
    const r = await client.query(FindDocument, { id: wanted }, { requestPolicy: "network-only" }).toPromise();
    if (r.data?.household && !r.data.person) return navigate(`/households/${encodeURIComponent(r.data.household.id)}`);
    setResult({ id: wanted, data: r.data ?? null, error: r.error ? errorText(r.error, t) : null });
  };
  const found = useRef<HTMLDivElement>(null);
  useEffect(() => { if (result) found.current?.focus(); }, [result]); // what the search found (or not) is where focus goes
  const person = result?.data?.person;
  const household = result?.data?.household;
  return (
    <>
      <h1>{t.find.title}</h1>
      <p>{t.find.intro}</p>
      <form onSubmit={find} className="find" role="search">
        <label>{t.find.label} <input type="search" value={id} onChange={(e) => setId(e.target.value)} autoComplete="off" /></label>
        <button type="submit" className="primary">{t.find.submit}</button>
      </form>
      <div ref={found} tabIndex={-1} className="find-result">
      {result?.error && <p role="alert" className="error">{result.error}</p>}
      {result && !result.error && !person && !household && <p role="status">{fill(t.find.notFound, { id: result.id })}</p>}
      {household && <p><Link href={`/households/${encodeURIComponent(household.id)}`}><WithId text={t.find.household} id={household.id} /></Link></p>}
      {person && (
        <section aria-labelledby="found-person">
          <h2 id="found-person"><WithId text={t.find.person} id={person.name ?? person.id} /></h2>
          <ul>
            {person.memberships.map((m) => (
              <li key={`${m.household.id}-${m.from}`}>
                <Link href={`/households/${encodeURIComponent(m.household.id)}`}>
                  {fill(t.find.memberOf, { id: m.household.id, from: formatDate(m.from, lang), to: m.to ? formatDate(m.to, lang) : "…" })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      </div>
    </>
  );
}
