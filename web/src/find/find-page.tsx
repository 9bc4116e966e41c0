import { useEffect, useRef, useState, type FormEvent } from "react";
import { useClient } from "urql";
import { Link, useLocation } from "wouter";
import { graphql } from "../gql";
import type { FindByNameQuery, FindQuery } from "../gql/graphql";
import { errorText } from "../i18n/errors";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { ShortId, WithId } from "../layout/short-id";
import { useViewer } from "../session/session";

const FindDocument = graphql(`
  query Find($id: ID!) {
    household(id: $id) { id neighbourhood }
    person(id: $id) { id name memberships { from to household { id } } }
  }
`);

/** Families by a member's name (any part, any case) or neighbourhood: only those the user sees in full. */
const FindByNameDocument = graphql(`
  query FindByName($text: String!) {
    findHouseholds(text: $text) { id neighbourhood members { id name } }
  }
`);

type Found = { text: string; byId: FindQuery | null; byName: FindByNameQuery["findHouseholds"] | null; error: string | null };

/**
 * Find a family as people do: by name or neighbourhood (roles that may see names), or by id; an
 * analyst by pseudonym. One household found by id opens its roll.
 */
export function FindPage() {
  const { t, lang } = useTexts();
  const client = useClient();
  const analyst = useViewer().role === "ANALYST";
  const [, navigate] = useLocation();
  const [text, setText] = useState("");
  const [result, setResult] = useState<Found | null>(null);
  const find = async (e: FormEvent) => {
    e.preventDefault();
    const wanted = text.trim();
    if (!wanted) return;
    const [byId, byName] = await Promise.all([
      client.query(FindDocument, { id: wanted }, { requestPolicy: "network-only" }).toPromise(),
      analyst || wanted.length < 2 ? null : client.query(FindByNameDocument, { text: wanted }, { requestPolicy: "network-only" }).toPromise(),
    ]);
    const names = byName?.data?.findHouseholds ?? null;
    if (byId.data?.household && !byId.data.person && !names?.length) return navigate(`/households/${encodeURIComponent(byId.data.household.id)}`);
    const error = byId.error ?? byName?.error;
    setResult({ text: wanted, byId: byId.data ?? null, byName: names, error: error ? errorText(error, t) : null });
  };
  const found = useRef<HTMLDivElement>(null);
  useEffect(() => { if (result) found.current?.focus(); }, [result]); // what the search found (or not) is where focus goes
  const person = result?.byId?.person;
  const household = result?.byId?.household;
  const nothing = result && !result.error && !person && !household && !result.byName?.length;
  return (
    <>
      <h1>{t.find.title}</h1>
      <p>{analyst ? t.find.introAnalyst : t.find.intro}</p>
      <form onSubmit={find} className="find" role="search">
        <label>{analyst ? t.find.labelAnalyst : t.find.label} <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" /></label>
        <button type="submit" className="primary">{t.find.submit}</button>
      </form>
      <div ref={found} tabIndex={-1} className="find-result">
      {result?.error && <p role="alert" className="error">{result.error}</p>}
      {nothing && <p role="status">{fill(t.find.notFound, { id: result.text })}</p>}
      {household && <p><Link href={`/households/${encodeURIComponent(household.id)}`}><WithId text={t.find.household} id={household.id} /></Link></p>}
      {result?.byName && result.byName.length > 0 && (
        <section aria-labelledby="found-by-name">
          <h2 id="found-by-name">{t.find.byName}</h2>
          <ul>
            {result.byName.map((h) => (
              <li key={h.id}>
                <Link href={`/households/${encodeURIComponent(h.id)}`}>{fill(t.caseload.household, { id: "" })}<ShortId id={h.id} /></Link>
                {h.neighbourhood ? ` · ${h.neighbourhood}` : ""}
                {h.members.length > 0 ? ` · ${fill(t.find.memberNames, { names: h.members.map((m) => m.name ?? "").filter(Boolean).join(", ") })}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
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
