import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { errorText } from "../i18n/errors";
import { fill, useTexts } from "../i18n/texts";
import { Field } from "../layout/field";
import { useViewer } from "../session/session";
import { CaseloadRow } from "./caseload-row";
import { CaseloadDocument, NeighbourhoodsDocument } from "./caseload-operations";
import { useCaseloadUrl } from "./caseload-url";
import { caseloadVisit, formatMoment } from "./last-visit";

const PAGE = 25;

/** `/` for coordinators and admins: families first, ranked by an explained priority; filters in the address. */
export function CaseloadPage() {
  const { t, lang } = useTexts();
  const viewer = useViewer();
  const { filters, setFilters } = useCaseloadUrl(viewer.role === "COORDINATOR");
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters.mine, filters.neighbourhood]); // eslint-disable-line react-hooks/exhaustive-deps -- Back restores the form too
  const previousVisit = useMemo(() => caseloadVisit.get(viewer.userId), [viewer.userId]);
  useEffect(() => caseloadVisit.set(viewer.userId, new Date().toISOString()), [viewer.userId]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]); // the pages read so far: "load more" adds one, the rows read stay
  useEffect(() => setCursors([null]), [filters.mine, filters.neighbourhood]);
  const [{ data: places }] = useQuery({ query: NeighbourhoodsDocument });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  return (
    <>
      <h1>{t.caseload.title}</h1>
      <p>{t.caseload.intro}</p>
      <form className="filters" onSubmit={apply} aria-label={t.queue.filters}>
        <fieldset className="who">
          <legend>{t.caseload.who}</legend>
          <label><input type="radio" name="who" checked={draft.mine} onChange={() => setDraft({ ...draft, mine: true })} /> {t.caseload.mine}</label>
          <label><input type="radio" name="who" checked={!draft.mine} onChange={() => setDraft({ ...draft, mine: false })} /> {t.caseload.everyone}</label>
        </fieldset>
        <Field label={t.caseload.neighbourhood}>
          <select value={draft.neighbourhood} onChange={(e) => setDraft({ ...draft, neighbourhood: e.target.value })}>
            <option value="">{t.caseload.allNeighbourhoods}</option>
            {places?.neighbourhoods.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Field>
        <button type="submit" className="primary">{t.caseload.apply}</button>
      </form>
      <p className="notice" data-testid="new-since">
        {previousVisit ? fill(t.caseload.newSince, { moment: formatMoment(previousVisit, lang) }) : t.caseload.firstVisit}
      </p>
      {cursors.map((after, i) => (
        <CaseloadPageRows key={after ?? "first"} index={i} after={after} since={previousVisit} filters={filters}
          onMore={i === cursors.length - 1 ? (next) => setCursors((old) => [...old, next]) : null} lang={lang} />
      ))}
    </>
  );
}

/** One page of rows (a list continuing the numbering); the first page also says how many families there are. */
function CaseloadPageRows({ index, after, since, filters, onMore, lang }: {
  index: number; after: string | null; since: string | null; filters: { mine: boolean; neighbourhood: string };
  onMore: ((cursor: string) => void) | null; lang: "nl" | "en";
}) {
  const { t } = useTexts();
  const list = useRef<HTMLOListElement>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CaseloadDocument,
    variables: { mine: filters.mine, neighbourhood: filters.neighbourhood || null, since, first: PAGE, after, lang: lang === "en" ? "EN" : "NL" },
    requestPolicy: "cache-and-network",
  });
  const page = data?.caseload;
  const arrived = Boolean(page);
  useEffect(() => {
    if (index > 0 && arrived) list.current?.querySelector<HTMLElement>("a")?.focus(); // "load more": on to the first new family
  }, [index, arrived]);
  return (
    <>
      {index === 0 && (
        <>
          {error && <p role="alert" className="error">{errorText(error, t)}</p>}
          <p role="status" aria-live="polite" data-testid="caseload-count">{fetching && !page ? t.loading : fill(t.caseload.count, { count: page?.totalCount ?? 0 }, lang)}</p>
          {page && page.totalCount === 0 && <p>{t.caseload.empty}</p>}
        </>
      )}
      <ol className="caseload" start={index * PAGE + 1} ref={list} aria-label={index === 0 ? t.caseload.title : undefined}>
        {page?.edges.map((edge, i) => <CaseloadRow key={i} entry={edge.node} />)}
      </ol>
      {onMore && page?.pageInfo.hasNextPage && (
        <p><button type="button" onClick={() => onMore(page.pageInfo.endCursor as string)}>{t.caseload.more}</button></p>
      )}
    </>
  );
}
