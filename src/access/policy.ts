import DataLoader from "dataloader";
import { cypher } from "../graph/cypher";
import { neoDate } from "../graph/convert";
import type { Graph } from "../graph/gateway";
import type { Loaders } from "../read/loaders";
import type {
  ConsentRecord, CoordinatorRecord, EventRecord, HouseholdRecord, InterventionRecord, MembershipRecord,
  OutcomeRecord, PersonRecord, ProfessionalRecord,
} from "../read/records";
import { Pseudonyms } from "./pseudonyms";
import { Role, type Viewer } from "./viewer";

/**
 * How a record is shown: FULL; ANALYST (pseudonyms, no names, no free text); INVOLVED (another
 * agency's help: only that it is there, in which domain, since when); NONE (as if it did not exist).
 */
export enum View { FULL = "FULL", ANALYST = "ANALYST", INVOLVED = "INVOLVED", NONE = "NONE" }
export type Viewed<T> = T & { __view: View };

/** An event's date, or help's period. */
type Dated = { date?: string; start?: string; end?: string | null };

/** Was the membership running on the event's date, or during part of the help? */
function belongsDuring(m: MembershipRecord, r: Dated): boolean {
  if (r.date !== undefined) return m.from <= r.date && (m.to === null || r.date < m.to);
  if (r.start === undefined) return true;
  return r.start < (m.to ?? "9999-12-31") && (r.end ?? "9999-12-31") > m.from;
}

export type IdKind = "Household" | "Person" | "Intervention" | "Event" | "Outcome" | "Consent" | "Professional";

/**
 * Who may see what (the roles of api-contract.md). Every record a resolver gets passes through
 * here (see secure-loaders.ts); it also remembers which persons and households were shown, for
 * the audit trail.
 */
export class AccessPolicy {
  readonly touchedPersons = new Set<string>();
  readonly touchedHouseholds = new Set<string>();
  /** Lookups by id that found nothing this caller may see ("Household:h-1"): a probe shows in the audit trail. */
  readonly notVisible = new Set<string>();
  /** The open cases through which this viewer saw a household (it took part in their conference): the audit entry names them. */
  readonly viaCases = new Set<string>();
  private coordinated: Promise<Set<string>> | undefined;
  private participating: Promise<Map<string, string>> | undefined;
  private readonly agencyInvolvement: DataLoader<string, { involved: boolean; consented: Set<string> }>;
  private readonly agencyOwnPerson: DataLoader<string, boolean>;

  constructor(
    readonly viewer: Viewer,
    private readonly graph: Graph,
    private readonly raw: Loaders,
    private readonly today: string,
    private readonly pseudonyms: Pseudonyms,
  ) {
    this.agencyInvolvement = new DataLoader(async (ids) => {
      const rows = await graph.read(cypher("access/queries/agency-scope.cypher"), {
        ids: [...ids], agencyId: viewer.agencyId, today: neoDate(today),
      });
      const byId = new Map(rows.map((r) => [r.id as string, { involved: r.involved as boolean, consented: new Set(r.consented as string[]) }]));
      return ids.map((id) => byId.get(id) ?? { involved: false, consented: new Set<string>() });
    });
    this.agencyOwnPerson = new DataLoader(async (ids) => {
      const rows = await graph.read(cypher("access/queries/agency-person-scope.cypher"), { ids: [...ids], agencyId: viewer.agencyId });
      const own = new Set(rows.filter((r) => r.own === true).map((r) => r.id as string));
      return ids.map((id) => own.has(id));
    });
  }

  get role(): Role {
    return this.viewer.role;
  }

  /**
   * Whether this viewer sees some records under pseudonyms (an analyst; a coordinator outside its
   * households). Its lists are then ordered by pseudonym, so no position reveals a real id's rank.
   */
  get keyedOrder(): boolean {
    return this.viewer.role === Role.ANALYST || this.viewer.role === Role.COORDINATOR;
  }

  /** A record's place in a list: its pseudonym in a keyed order, else its id. */
  orderKey(kind: IdKind, id: string): string {
    return this.keyedOrder ? this.pseudonyms.encode(kind, id) : id;
  }

  /**
   * A nested list in the order this viewer may see it: by `first` (a date, or nothing), then by the
   * id each record is shown with, so ties (members who joined on one day, an agency's staff) do
   * not come in real-id order to someone who sees pseudonyms.
   */
  ordered<T extends { id: string; __view?: View }>(kind: IdKind, records: T[], first: (r: T) => string = () => ""): T[] {
    // by the id the viewer is shown: real ids in real-id order, pseudonyms in pseudonym order, so no order links the two
    const keyed = records.map((r) => ({ r, a: first(r), b: this.publicId(kind, r) }));
    keyed.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
    return keyed.map((k) => k.r);
  }

  /** For an agency worker, lists are limited to its own agency's records and households. */
  agencyScope(): string | null {
    return this.viewer.role === Role.AGENCY_WORKER ? this.viewer.agencyId : null;
  }

  // ---- which households a viewer sees in full

  async householdView(id: string): Promise<View> {
    switch (this.viewer.role) {
      case Role.ADMIN:
        return View.FULL;
      case Role.ANALYST:
        return View.ANALYST;
      case Role.COORDINATOR:
        if ((await this.coordinatedHouseholds()).has(id)) return View.FULL;
        return (await this.throughCase(id)) ? View.FULL : View.ANALYST;
      case Role.AGENCY_WORKER:
        if ((await this.agencyInvolvement.load(id)).involved) return View.FULL;
        return (await this.throughCase(id)) ? View.FULL : View.NONE;
    }
  }

  /**
   * Whether the viewer took part in a conference of the household's open case (whose legal ground
   * still holds): it then sees the household in full, and the audit entry names the case.
   */
  private async throughCase(householdId: string): Promise<boolean> {
    const caseId = (await this.conferenceHouseholds()).get(householdId);
    if (caseId) this.viaCases.add(caseId);
    return caseId !== undefined;
  }

  /** The households this viewer took part in a conference of (their open case), by case. */
  private conferenceHouseholds(): Promise<Map<string, string>> {
    this.participating ??= this.graph
      .read(cypher("cases/queries/participant-households.cypher"), { userId: this.viewer.userId, today: neoDate(this.today) })
      .then((rows) => new Map(rows.map((r) => [r.householdId as string, r.caseId as string])));
    return this.participating;
  }

  /**
   * Whether this viewer coordinates a hit's subject: the household, or one its person belonged to. Seeing it
   * in full through a case conference is not enough to judge its hits: that is for those who coordinate.
   */
  async coordinatesSubject(kind: "Household" | "Person", id: string): Promise<boolean> {
    const households = kind === "Household" ? [id] : await this.householdsEver(id);
    const own = await this.coordinatedHouseholds();
    return this.viewer.role === Role.COORDINATOR && households.some((h) => own.has(h));
  }

  /** Whether this viewer coordinates the household now (an assignment or an admin's grant): it may then work on its case. */
  async coordinates(householdId: string): Promise<boolean> {
    return this.viewer.role === Role.COORDINATOR && (await this.coordinatedHouseholds()).has(householdId);
  }

  /** The households this viewer coordinates now. */
  coordinatedHouseholds(): Promise<Set<string>> {
    this.coordinated ??= this.graph
      .read(cypher("access/queries/coordinator-scope.cypher"), { userId: this.viewer.userId, today: neoDate(this.today) })
      .then(([row]) => new Set((row?.households as string[] | undefined) ?? []));
    return this.coordinated;
  }

  /** The best view over several households: a person or record is seen as well as its best household. */
  private async bestOf(households: string[]): Promise<View> {
    const order = [View.FULL, View.ANALYST, View.INVOLVED, View.NONE];
    const views = await Promise.all(households.map((h) => this.householdView(h)));
    if (!views.length) return this.viewer.role === Role.ADMIN ? View.FULL : this.viewer.role === Role.AGENCY_WORKER ? View.NONE : View.ANALYST;
    return views.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] as View;
  }

  /**
   * The households a record belongs to (patterns.md): its own household, or those its person was a
   * member of on the event's date or during the help. A person's help after leaving is not the
   * household's, so it is not seen through that household.
   */
  private async householdsOf(r: Dated & { personId: string | null; householdId: string | null }): Promise<string[]> {
    if (r.householdId) return [r.householdId];
    if (!r.personId) return [];
    const memberships = await this.raw.membershipsOfPerson.load(r.personId);
    return [...new Set(memberships.filter((m) => belongsDuring(m, r)).map((m) => m.householdId))];
  }

  /** Help or an event: the households it belongs to decide, and for an agency worker whose record it is. */
  private async recordView(r: Dated & { agencyId: string; personId: string | null; householdId: string | null }, otherAgency: View): Promise<View> {
    const fixed = this.fixedView();
    if (fixed) return fixed;
    const households = await this.householdsOf(r);
    if (this.viewer.role !== Role.AGENCY_WORKER) return this.bestOf(households);
    if (r.agencyId === this.viewer.agencyId) return View.FULL;
    if ((await Promise.all(households.map((h) => this.throughCase(h)))).some(Boolean)) return View.FULL;
    const scopes = await Promise.all(households.map((h) => this.agencyInvolvement.load(h)));
    if (scopes.some((s) => s.involved && s.consented.has(r.agencyId))) return View.FULL;
    return scopes.some((s) => s.involved) ? otherAgency : View.NONE;
  }

  /** Every household the person was ever a member of (read raw: asking touches no one). */
  async householdsEver(personId: string): Promise<string[]> {
    return [...new Set((await this.raw.membershipsOfPerson.load(personId)).map((m) => m.householdId))];
  }

  private touchSubject(r: { personId: string | null; householdId: string | null }): void {
    if (r.personId) this.touchedPersons.add(r.personId);
    if (r.householdId) this.touchedHouseholds.add(r.householdId);
  }

  // ---- records as this viewer sees them (null: not found)

  async household(r: HouseholdRecord | null): Promise<Viewed<HouseholdRecord> | null> {
    if (!r) return null;
    const view = await this.householdView(r.id);
    if (view === View.NONE) return null;
    this.touchedHouseholds.add(r.id);
    return { ...r, __view: view };
  }

  /** ADMIN and ANALYST see every record the same way, whatever its households: no lookup needed. */
  private fixedView(): View | null {
    return this.viewer.role === Role.ADMIN ? View.FULL : this.viewer.role === Role.ANALYST ? View.ANALYST : null;
  }

  async person(r: PersonRecord | null): Promise<Viewed<PersonRecord> | null> {
    if (!r) return null;
    const view = await this.personView(r.id);
    if (view === View.NONE) return null;
    this.touchedPersons.add(r.id);
    return view === View.FULL ? { ...r, __view: view } : { ...r, name: null, __view: View.ANALYST };
  }

  async intervention(r: InterventionRecord | null): Promise<Viewed<InterventionRecord> | null> {
    if (!r) return null;
    const view = await this.recordView(r, View.INVOLVED);
    if (view === View.NONE) return null;
    this.touchSubject(r);
    if (view === View.FULL) return { ...r, __view: view };
    if (view === View.ANALYST) return { ...r, kind: null, __view: view };
    // another agency's help: that it is there, in which domain, since when, and whom to call
    return { ...r, kind: null, end: null, endReason: null, endReasonCode: null, __view: View.INVOLVED };
  }

  async event(r: EventRecord | null): Promise<Viewed<EventRecord> | null> {
    if (!r) return null;
    const view = await this.recordView(r, View.NONE);
    if (view === View.NONE) return null;
    this.touchSubject(r);
    return view === View.FULL ? { ...r, __view: view } : { ...r, description: null, __view: View.ANALYST };
  }

  async outcome(r: OutcomeRecord): Promise<Viewed<OutcomeRecord> | null> {
    const intervention = await this.intervention(await this.raw.intervention.load(r.interventionId));
    if (!intervention || intervention.__view === View.INVOLVED) return null;
    return { ...r, __view: intervention.__view };
  }

  async professional(r: ProfessionalRecord | null): Promise<Viewed<ProfessionalRecord> | null> {
    if (!r) return null;
    return this.viewer.role === Role.ANALYST ? { ...r, name: null, __view: View.ANALYST } : { ...r, __view: View.FULL };
  }

  /**
   * Staff are seen as the record that names them is: in analyst form from an analyst-view household.
   * Another agency's help (INVOLVED) shows its professional in full: like the Verwijsindex, knowing
   * *whom to call* is the point of knowing that someone else is involved.
   */
  async professionalSeenFrom(parent: View | undefined, id: string | null): Promise<Viewed<ProfessionalRecord> | null> {
    if (!id) return null;
    const p = await this.professional(await this.raw.professional.load(id));
    return p && parent === View.ANALYST ? { ...p, name: null, __view: View.ANALYST } : p;
  }

  async membership(r: MembershipRecord): Promise<MembershipRecord | null> {
    if (this.fixedView()) return r;
    const [h, p] = await Promise.all([this.householdView(r.householdId), this.person(await this.raw.person.load(r.personId))]);
    return h === View.NONE || !p ? null : r;
  }

  async coordinator(r: CoordinatorRecord): Promise<Viewed<CoordinatorRecord> | null> {
    const view = await this.householdView(r.householdId);
    return view === View.NONE ? null : { ...r, __view: view };
  }

  async consent(r: ConsentRecord): Promise<Viewed<ConsentRecord> | null> {
    const view = await this.householdView(r.householdId);
    if (view === View.NONE) return null;
    this.touchedHouseholds.add(r.householdId); // a basis for sharing a household's data is data about it
    return view === View.FULL ? { ...r, __view: view } : { ...r, purpose: null, __view: View.ANALYST };
  }

  private async personView(id: string): Promise<View> {
    const fixed = this.fixedView();
    const households = fixed ? [] : await this.householdsEver(id);
    // a person with no household (absent, or never a member) costs the scope query a hidden member costs
    if (!fixed && !households.length && this.viewer.role === Role.AGENCY_WORKER) await this.agencyInvolvement.load("");
    const view = fixed ?? (await this.bestOf(households));
    // an agency sees the person its own records are about, wherever they live now
    return view === View.NONE && this.viewer.role === Role.AGENCY_WORKER && (await this.agencyOwnPerson.load(id)) ? View.FULL : view;
  }

  /**
   * How a pattern hit's subject is seen (NONE: the hit is not shown), without loading it: a page of
   * hits decides thousands of these, and only the subjects it shows are loaded (and audited).
   */
  subjectView(kind: "Household" | "Person", id: string): Promise<View> {
    const fixed = this.fixedView();
    if (fixed) return Promise.resolve(fixed);
    return kind === "Household" ? this.householdView(id) : this.personView(id);
  }

  // ---- ids in and out

  /** Notes a lookup that came back empty (absent, or not visible: the caller is not told which). */
  lookedUpInVain(kind: string, id: string): void {
    this.notVisible.add(`${kind}:${id.slice(0, 100)}`);
  }

  /** The id shown for a record: its pseudonym wherever the record is seen as an analyst sees it. */
  publicId(kind: IdKind, r: { id: string; __view?: View }): string {
    return r.__view === View.ANALYST || (r.__view === undefined && this.viewer.role === Role.ANALYST) ? this.pseudonyms.encode(kind, r.id) : r.id;
  }

  /** The id behind an argument: an analyst passes pseudonyms only, an agency worker real ids only; an admin either. */
  internalId(kind: IdKind, given: string): string | null {
    const pseudonym = Pseudonyms.looksLike(given);
    if (this.viewer.role === Role.ANALYST) return pseudonym ? this.pseudonyms.decode(kind, given) : null;
    if (this.viewer.role === Role.AGENCY_WORKER) return pseudonym ? null : given;
    return pseudonym ? this.pseudonyms.decode(kind, given) : given;
  }

  /**
   * The id behind a lookup of a household or person, in the form this viewer sees that record in:
   * a coordinator outside its own households is an analyst there (pseudonyms in, no real ids out),
   * and passes their real ids in vain; inside them it sees real ids. So no form maps onto the other.
   */
  async lookupId(kind: "Household" | "Person", given: string): Promise<string | null> {
    const id = this.internalId(kind, given);
    if (!id || this.fixedView()) return id;
    await this.scopesRead();
    const view = await this.subjectView(kind, id);
    return this.givenAsShown(view, given) ? id : null;
  }

  /**
   * A record reached through its households (help, an event, an outcome, a consent) by the id this
   * viewer is shown it by (node(id:)): as its own path shows it, or null where it is absent, not to
   * be seen, or named in the other form (as lookupId: a pseudonym names only what is seen in analyst
   * form, a real id only what is not). Nothing is touched for a null.
   */
  async recordByShownId(kind: "Intervention" | "Event" | "Outcome" | "Consent", given: string): Promise<Viewed<object> | null> {
    const id = this.internalId(kind, given);
    if (!id) return null;
    if (!this.fixedView()) await this.scopesRead();
    switch (kind) {
      case "Intervention": {
        const r = await this.raw.intervention.load(id);
        const shown = r && this.givenAsShown(await this.recordView(r, View.INVOLVED), given) ? this.intervention(r) : null;
        return this.atTheSameCost(shown, r);
      }
      case "Event": {
        const r = await this.raw.event.load(id);
        const shown = r && this.givenAsShown(await this.recordView(r, View.NONE), given) ? this.event(r) : null;
        return this.atTheSameCost(shown, r);
      }
      case "Outcome": {
        const r = await this.raw.outcome.load(id);
        const help = await this.raw.intervention.load(r?.interventionId ?? "");
        const shown = r && help && this.givenAsShown(await this.recordView(help, View.INVOLVED), given) ? this.outcome(r) : null;
        return this.atTheSameCost(shown, help);
      }
      case "Consent": {
        const r = await this.raw.consent.load(id);
        const shown = r && this.givenAsShown(await this.householdView(r.householdId), given) ? this.consent(r) : null;
        return this.atTheSameCost(shown, r);
      }
    }
  }

  /**
   * Answers a lookup by id after the queries a hidden record of any shape costs: its person's
   * memberships and (for an agency worker) its household's involvement, each read once, with an
   * empty key where the record has none or there is no record. Shown, hidden and absent records
   * then cost the same queries (the loaders keep what the view already read).
   */
  private async atTheSameCost<T>(shown: T, r: (Dated & { personId?: string | null; householdId: string | null }) | null): Promise<T> {
    if (this.fixedView()) return shown;
    await this.raw.membershipsOfPerson.load(r?.personId ?? "");
    const households = r ? await this.householdsOf({ ...r, personId: r.personId ?? null }) : [];
    if (this.viewer.role === Role.AGENCY_WORKER) await this.agencyInvolvement.load(households[0] ?? "");
    return shown;
  }

  /** Whether an id was given in the form this viewer is shown a record seen in `view` by. */
  private givenAsShown(view: View, given: string): boolean {
    return this.viewer.role === Role.ADMIN || (view === View.ANALYST) === Pseudonyms.looksLike(given);
  }

  /** Reads the scopes a lookup by id may need, before it knows whether the id exists: a hidden record and an absent one cost the same queries. */
  private async scopesRead(): Promise<void> {
    if (this.viewer.role === Role.COORDINATOR) await this.coordinatedHouseholds();
    await this.conferenceHouseholds();
  }
}
