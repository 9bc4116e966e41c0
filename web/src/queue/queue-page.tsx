import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useClient, useQuery, type CombinedError } from "urql";
import { getFragmentData, type FragmentType } from "../gql";
import type { HitStatus, PatternKind } from "../gql/graphql";
import { fill, formatDate, useTexts } from "../i18n/texts";
import { errorText } from "../i18n/errors";
import { useViewer } from "../session/session";
import { useQueueUrl, type Filters } from "./queue-url";
import { lastVisit } from "../session/storage";
import { Field } from "../layout/field";
import { KINDS } from "./kinds";
import { HitRow } from "./hit-row";
import { NewSinceDocument, QueueAgenciesDocument, QueueAllDocument, QueueHitFields, QueueKindPage, QueuePageDocument } from "./queue-operations";

const PAGE = 25;
const STATUSES: HitStatus[] = ["NEW", "SEEN", "IN_PROGRESS", "RESOLVED", "DISMISSED", "GONE"];

type Hit = FragmentType<typeof QueueHitFields>;
interface KindPage { kind: PatternKind; total: number; endCursor: string | null; hasNext: boolean }

/** The work queue: the hits the user may see, newest and highest first, filtered, triaged in place. */
export function QueuePage() {
  const { t, lang } = useTexts();
  const client = useClient();
  const viewer = useViewer();
  const { filters, setFilters } = useQueueUrl();
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]); // Back restores the form too
  const [hits, setHits] = useState<Hit[]>([]);
  const [pages, setPages] = useState<KindPage[]>([]);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data: agencies }] = useQuery({ query: QueueAgenciesDocument });
  const previousVisit = useMemo(() => lastVisit.get(viewer.userId), [viewer.userId]);
  const [{ data: newSince }] = useQuery({ query: NewSinceDocument, variables: { since: previousVisit ?? "1900-01-01" }, pause: !previousVisit });
  useEffect(() => lastVisit.set(viewer.userId, new Date().toISOString().slice(0, 10)), [viewer.userId]);

  const variables = (kind: PatternKind, after: string | null) => ({
    kind, first: PAGE, after, lang: lang === "en" ? ("EN" as const) : ("NL" as const),
    status: filters.status ? [filters.status] : null,
    neighbourhood: filters.neighbourhood.trim() || null,
    agencyId: filters.agencyId || null,
  });

  const generation = useRef(0);
  const load = async (wanted: { kind: PatternKind; after: string | null }[] | "all", append: boolean) => {
    const mine = ++generation.current; // an answer to a question since replaced is dropped
    setLoading(true);
    setProblem(null);
    const answers: { kind: PatternKind; page: FragmentType<typeof QueueKindPage> | undefined; error: CombinedError | undefined }[] = [];
    if (wanted === "all") {
      const { kind: _unused, after: _none, ...rest } = variables(KINDS[0]!, null);
      const r = await client.query(QueueAllDocument, rest, { requestPolicy: "network-only" }).toPromise();
      for (const kind of KINDS) answers.push({ kind, page: r.data?.[kind], error: r.error });
    } else {
      const results = await Promise.all(wanted.map((w) => client.query(QueuePageDocument, variables(w.kind, w.after), { requestPolicy: "network-only" }).toPromise()));
      results.forEach((r, i) => answers.push({ kind: wanted[i]!.kind, page: r.data?.patternHits, error: r.error }));
    }
    if (mine !== generation.current) return;
    const failed = answers.find((a) => a.error)?.error;
    if (failed) setProblem(errorText(failed, t));
    const pagesRead = answers.flatMap((a) => (a.page ? [{ kind: a.kind, page: getFragmentData(QueueKindPage, a.page) }] : []));
    const fresh = pagesRead.flatMap((p) => p.page.edges.map((e) => e.node));
    const kindPages = pagesRead.map(({ kind, page }) => ({ kind, total: page.totalCount, endCursor: page.pageInfo.endCursor ?? null, hasNext: page.pageInfo.hasNextPage }));
    setHits((old) => sortHits(append ? [...old, ...fresh] : fresh));
    setPages((old) => (append ? old.map((p) => kindPages.find((k) => k.kind === p.kind) ?? p) : kindPages));
    setLoading(false);
  };

  useEffect(() => {
    void load(filters.kind ? [{ kind: filters.kind, after: null }] : "all", false);
  }, [filters, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- reload when what is asked changes

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const total = pages.reduce((n, p) => n + p.total, 0);
  const more = pages.filter((p) => p.hasNext);
  const newCount = newSince ? KINDS.reduce((n, k) => n + newSince[k].totalCount, 0) : null;

  return (
    <>
      <h1>{t.queue.title}</h1>
      <p>{t.queue.intro}</p>
      <p className="notice" data-testid="new-since">
        {previousVisit ? (newCount === null ? t.loading : fill(t.queue.newSince, { count: newCount, date: formatDate(previousVisit, lang) })) : t.queue.firstVisit}
      </p>
      <form className="filters" onSubmit={apply} aria-label={t.queue.filters}>
        <Field label={t.queue.kind}>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as PatternKind | "" })}>
            <option value="">{t.queue.allKinds}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </select>
        </Field>
        <Field label={t.queue.neighbourhood}>
          <input type="text" value={draft.neighbourhood} onChange={(e) => setDraft({ ...draft, neighbourhood: e.target.value })} />
        </Field>
        <Field label={t.queue.agency}>
          <select value={draft.agencyId} onChange={(e) => setDraft({ ...draft, agencyId: e.target.value })}>
            <option value="">{t.queue.allAgencies}</option>
            {agencies?.agencies.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
          </select>
        </Field>
        <Field label={t.queue.status}>
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as HitStatus | "" })}>
            <option value="">{t.queue.openStatuses}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t.statuses[s]}</option>)}
          </select>
        </Field>
        <button type="submit" className="primary">{t.queue.apply}</button>
      </form>
      {problem && <p role="alert" className="error">{problem}</p>}
      <p role="status" aria-live="polite" data-testid="queue-count">{loading ? t.loading : fill(t.queue.count, { count: total })}</p>
      {!loading && hits.length === 0 && <p>{t.queue.empty}</p>}
      <ol className="queue" aria-label={t.queue.title}>
        {hits.map((hit) => {
          const id = getFragmentData(QueueHitFields, hit).id;
          return <HitRow key={id} hit={hit} onChange={(next) => setHits((old) => old.map((h) => (getFragmentData(QueueHitFields, h).id === id ? next : h)))} />;
        })}
      </ol>
      {more.length > 0 && (
        <p><button type="button" disabled={loading} onClick={() => void load(more.map((p) => ({ kind: p.kind, after: p.endCursor })), true)}>{t.queue.more}</button></p>
      )}
    </>
  );
}

/** Newest first, then highest. */
function sortHits(hits: Hit[]): Hit[] {
  return [...hits].sort((a, b) => {
    const x = getFragmentData(QueueHitFields, a);
    const y = getFragmentData(QueueHitFields, b);
    return (y.firstSeen ?? "").localeCompare(x.firstSeen ?? "") || y.score - x.score || x.id.localeCompare(y.id);
  });
}
