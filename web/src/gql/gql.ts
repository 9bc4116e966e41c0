/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CaseloadEntryFields on CaseloadEntry {\n    priority\n    priorityExplanation(lang: $lang)\n    newSince\n    newHitIds\n    regisseur { id name }\n    household { id neighbourhood }\n    hits { id kind status }\n    case { id status regisseur { id name } plan { actions { id overdue } } }\n  }\n": typeof types.CaseloadEntryFieldsFragmentDoc,
    "\n  query Caseload($mine: Boolean, $neighbourhood: String, $since: String, $first: Int!, $after: String, $lang: Language!) {\n    caseload(mine: $mine, neighbourhood: $neighbourhood, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CaseloadEntryFields } }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query Neighbourhoods { neighbourhoods }\n": typeof types.NeighbourhoodsDocument,
    "\n  query AgencyStart($agencyId: ID!) {\n    households(agencyId: $agencyId, first: 200) { totalCount edges { node { id neighbourhood } } }\n    cases(mine: true, first: 50) { edges { node { id status plannedOn household { id neighbourhood } } } }\n  }\n": typeof types.AgencyStartDocument,
    "\n  fragment CaseFields on Case {\n    id status legalGround legalArticle openedOn plannedOn\n    regisseur { id name }\n    consent { id from }\n    history { at kind from to note aboutFrom aboutTo aboutItemId byProfessional { name } regisseur { name } }\n    conferences { id date familyPresent familyWish agreements participants { id name } regisseur { name } }\n    plan {\n      agreedOn\n      goals { id domain goal familyWords }\n      actions { id description domain due doneOn progress overdue ownerAgency { name } ownerProfessional { name } }\n    }\n    invitees { id name }\n    hits { id kind status }\n    effect {\n      conference\n      before { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n      after { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query HouseholdCase($id: ID!) {\n    household(id: $id) {\n      id\n      consents { id basis from to }\n      case { ...CaseFields proposals { domain since latest running agency { id name } professional { id name } } }\n    }\n  }\n": typeof types.HouseholdCaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }\n": typeof types.OpenCaseDocument,
    "\n  mutation SetCaseStatus($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { case { id } userErrors { field message } } }\n": typeof types.SetCaseStatusDocument,
    "\n  mutation PlanConference($input: PlanConferenceInput!) { planConference(input: $input) { case { id } userErrors { field message } } }\n": typeof types.PlanConferenceDocument,
    "\n  mutation RecordConference($input: RecordConferenceInput!) { recordConference(input: $input) { case { id } userErrors { field message } } }\n": typeof types.RecordConferenceDocument,
    "\n  mutation AgreePlan($input: AgreePlanInput!) { agreePlan(input: $input) { case { id } userErrors { field message } } }\n": typeof types.AgreePlanDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { case { id } userErrors { field message } } }\n": typeof types.UpdatePlanActionDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { case { id } userErrors { field message } } }\n": typeof types.CloseCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { id } userErrors { field message } } }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }\n": typeof types.AssignCaseDocument,
    "\n  query Find($id: ID!) {\n    household(id: $id) { id neighbourhood }\n    person(id: $id) { id name memberships { from to household { id } } }\n  }\n": typeof types.FindDocument,
    "\n  query FindByName($text: String!) {\n    findHouseholds(text: $text) { id neighbourhood members { id name } }\n  }\n": typeof types.FindByNameDocument,
    "\n  fragment QueueHitFields on PatternHit {\n    id kind score status firstSeen lastSeen\n    case { id status }\n    explanation(lang: $lang)\n    assignee { id name }\n    subject {\n      __typename\n      ... on Household { id neighbourhood }\n      ... on Person { id memberships { from to household { id } } }\n    }\n    history { at by from to reason note byProfessional { name } }\n  }\n": typeof types.QueueHitFieldsFragmentDoc,
    "\n  query QueuePage($kind: PatternKind!, $status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $after: String, $lang: Language!) {\n    patternHits(kind: $kind, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first, after: $after) {\n      ...QueueKindPage\n    }\n  }\n": typeof types.QueuePageDocument,
    "\n  fragment QueueKindPage on PatternHitConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...QueueHitFields } }\n  }\n": typeof types.QueueKindPageFragmentDoc,
    "\n  query QueueAll($status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $lang: Language!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n  }\n": typeof types.QueueAllDocument,
    "\n  query NewSince($since: Date!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, since: $since, first: 1) { totalCount }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, since: $since, first: 1) { totalCount }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, since: $since, first: 1) { totalCount }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, since: $since, first: 1) { totalCount }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, since: $since, first: 1) { totalCount }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, since: $since, first: 1) { totalCount }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, since: $since, first: 1) { totalCount }\n  }\n": typeof types.NewSinceDocument,
    "\n  query QueueAgencies {\n    agencies(first: 500) { edges { node { id name } } }\n  }\n": typeof types.QueueAgenciesDocument,
    "\n  mutation Triage($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID, $lang: Language!) {\n    triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status ...QueueHitFields }\n  }\n": typeof types.TriageDocument,
    "\n  query CaseFigures {\n    caseStatistics {\n      minCases\n      overall { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n      neighbourhoods { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n    }\n  }\n": typeof types.CaseFiguresDocument,
    "\n  query Reports {\n    patternSummary {\n      asOf\n      kinds { kind hits }\n      neighbourhoods { kind neighbourhood hits }\n      agencies { kind hits agency { id name } }\n      statuses { kind status hits }\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  fragment RollData on Household {\n    id\n    neighbourhood\n    memberships { role from to person { id name birthYear } }\n    interventions {\n      id domain kind start end endReason detailsHidden\n      agency { id name }\n      person { id name }\n      professional { id name }\n      outcomes { date result }\n    }\n    events {\n      id type date domain severity\n      agency { id name }\n      person { id name }\n      relatedEvent { id date }\n      targetAgency { name }\n      participants { name }\n    }\n    coordinators { from to professional { id name agency { name } } }\n  }\n": typeof types.RollDataFragmentDoc,
    "\n  fragment RollHits on Household {\n    patterns {\n      id kind score status\n      case { id status }\n      explanation(lang: $lang)\n      evidence { role group intervention { id } event { id } agency { id } person { id } }\n    }\n  }\n": typeof types.RollHitsFragmentDoc,
    "\n  query HouseholdRoll($id: ID!, $lang: Language!, $withHits: Boolean!) {\n    household(id: $id) { id neighbourhood ...RollData ...RollHits @include(if: $withHits) }\n  }\n": typeof types.HouseholdRollDocument,
    "\n  query Viewer {\n    viewer { userId name role purpose agency { id name } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment CaseloadEntryFields on CaseloadEntry {\n    priority\n    priorityExplanation(lang: $lang)\n    newSince\n    newHitIds\n    regisseur { id name }\n    household { id neighbourhood }\n    hits { id kind status }\n    case { id status regisseur { id name } plan { actions { id overdue } } }\n  }\n": types.CaseloadEntryFieldsFragmentDoc,
    "\n  query Caseload($mine: Boolean, $neighbourhood: String, $since: String, $first: Int!, $after: String, $lang: Language!) {\n    caseload(mine: $mine, neighbourhood: $neighbourhood, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CaseloadEntryFields } }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query Neighbourhoods { neighbourhoods }\n": types.NeighbourhoodsDocument,
    "\n  query AgencyStart($agencyId: ID!) {\n    households(agencyId: $agencyId, first: 200) { totalCount edges { node { id neighbourhood } } }\n    cases(mine: true, first: 50) { edges { node { id status plannedOn household { id neighbourhood } } } }\n  }\n": types.AgencyStartDocument,
    "\n  fragment CaseFields on Case {\n    id status legalGround legalArticle openedOn plannedOn\n    regisseur { id name }\n    consent { id from }\n    history { at kind from to note aboutFrom aboutTo aboutItemId byProfessional { name } regisseur { name } }\n    conferences { id date familyPresent familyWish agreements participants { id name } regisseur { name } }\n    plan {\n      agreedOn\n      goals { id domain goal familyWords }\n      actions { id description domain due doneOn progress overdue ownerAgency { name } ownerProfessional { name } }\n    }\n    invitees { id name }\n    hits { id kind status }\n    effect {\n      conference\n      before { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n      after { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query HouseholdCase($id: ID!) {\n    household(id: $id) {\n      id\n      consents { id basis from to }\n      case { ...CaseFields proposals { domain since latest running agency { id name } professional { id name } } }\n    }\n  }\n": types.HouseholdCaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }\n": types.OpenCaseDocument,
    "\n  mutation SetCaseStatus($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { case { id } userErrors { field message } } }\n": types.SetCaseStatusDocument,
    "\n  mutation PlanConference($input: PlanConferenceInput!) { planConference(input: $input) { case { id } userErrors { field message } } }\n": types.PlanConferenceDocument,
    "\n  mutation RecordConference($input: RecordConferenceInput!) { recordConference(input: $input) { case { id } userErrors { field message } } }\n": types.RecordConferenceDocument,
    "\n  mutation AgreePlan($input: AgreePlanInput!) { agreePlan(input: $input) { case { id } userErrors { field message } } }\n": types.AgreePlanDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { case { id } userErrors { field message } } }\n": types.UpdatePlanActionDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { case { id } userErrors { field message } } }\n": types.CloseCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { id } userErrors { field message } } }\n": types.AddCaseNoteDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }\n": types.AssignCaseDocument,
    "\n  query Find($id: ID!) {\n    household(id: $id) { id neighbourhood }\n    person(id: $id) { id name memberships { from to household { id } } }\n  }\n": types.FindDocument,
    "\n  query FindByName($text: String!) {\n    findHouseholds(text: $text) { id neighbourhood members { id name } }\n  }\n": types.FindByNameDocument,
    "\n  fragment QueueHitFields on PatternHit {\n    id kind score status firstSeen lastSeen\n    case { id status }\n    explanation(lang: $lang)\n    assignee { id name }\n    subject {\n      __typename\n      ... on Household { id neighbourhood }\n      ... on Person { id memberships { from to household { id } } }\n    }\n    history { at by from to reason note byProfessional { name } }\n  }\n": types.QueueHitFieldsFragmentDoc,
    "\n  query QueuePage($kind: PatternKind!, $status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $after: String, $lang: Language!) {\n    patternHits(kind: $kind, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first, after: $after) {\n      ...QueueKindPage\n    }\n  }\n": types.QueuePageDocument,
    "\n  fragment QueueKindPage on PatternHitConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...QueueHitFields } }\n  }\n": types.QueueKindPageFragmentDoc,
    "\n  query QueueAll($status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $lang: Language!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n  }\n": types.QueueAllDocument,
    "\n  query NewSince($since: Date!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, since: $since, first: 1) { totalCount }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, since: $since, first: 1) { totalCount }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, since: $since, first: 1) { totalCount }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, since: $since, first: 1) { totalCount }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, since: $since, first: 1) { totalCount }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, since: $since, first: 1) { totalCount }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, since: $since, first: 1) { totalCount }\n  }\n": types.NewSinceDocument,
    "\n  query QueueAgencies {\n    agencies(first: 500) { edges { node { id name } } }\n  }\n": types.QueueAgenciesDocument,
    "\n  mutation Triage($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID, $lang: Language!) {\n    triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status ...QueueHitFields }\n  }\n": types.TriageDocument,
    "\n  query CaseFigures {\n    caseStatistics {\n      minCases\n      overall { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n      neighbourhoods { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n    }\n  }\n": types.CaseFiguresDocument,
    "\n  query Reports {\n    patternSummary {\n      asOf\n      kinds { kind hits }\n      neighbourhoods { kind neighbourhood hits }\n      agencies { kind hits agency { id name } }\n      statuses { kind status hits }\n    }\n  }\n": types.ReportsDocument,
    "\n  fragment RollData on Household {\n    id\n    neighbourhood\n    memberships { role from to person { id name birthYear } }\n    interventions {\n      id domain kind start end endReason detailsHidden\n      agency { id name }\n      person { id name }\n      professional { id name }\n      outcomes { date result }\n    }\n    events {\n      id type date domain severity\n      agency { id name }\n      person { id name }\n      relatedEvent { id date }\n      targetAgency { name }\n      participants { name }\n    }\n    coordinators { from to professional { id name agency { name } } }\n  }\n": types.RollDataFragmentDoc,
    "\n  fragment RollHits on Household {\n    patterns {\n      id kind score status\n      case { id status }\n      explanation(lang: $lang)\n      evidence { role group intervention { id } event { id } agency { id } person { id } }\n    }\n  }\n": types.RollHitsFragmentDoc,
    "\n  query HouseholdRoll($id: ID!, $lang: Language!, $withHits: Boolean!) {\n    household(id: $id) { id neighbourhood ...RollData ...RollHits @include(if: $withHits) }\n  }\n": types.HouseholdRollDocument,
    "\n  query Viewer {\n    viewer { userId name role purpose agency { id name } }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseloadEntryFields on CaseloadEntry {\n    priority\n    priorityExplanation(lang: $lang)\n    newSince\n    newHitIds\n    regisseur { id name }\n    household { id neighbourhood }\n    hits { id kind status }\n    case { id status regisseur { id name } plan { actions { id overdue } } }\n  }\n"): (typeof documents)["\n  fragment CaseloadEntryFields on CaseloadEntry {\n    priority\n    priorityExplanation(lang: $lang)\n    newSince\n    newHitIds\n    regisseur { id name }\n    household { id neighbourhood }\n    hits { id kind status }\n    case { id status regisseur { id name } plan { actions { id overdue } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($mine: Boolean, $neighbourhood: String, $since: String, $first: Int!, $after: String, $lang: Language!) {\n    caseload(mine: $mine, neighbourhood: $neighbourhood, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CaseloadEntryFields } }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($mine: Boolean, $neighbourhood: String, $since: String, $first: Int!, $after: String, $lang: Language!) {\n    caseload(mine: $mine, neighbourhood: $neighbourhood, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CaseloadEntryFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhoods { neighbourhoods }\n"): (typeof documents)["\n  query Neighbourhoods { neighbourhoods }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyStart($agencyId: ID!) {\n    households(agencyId: $agencyId, first: 200) { totalCount edges { node { id neighbourhood } } }\n    cases(mine: true, first: 50) { edges { node { id status plannedOn household { id neighbourhood } } } }\n  }\n"): (typeof documents)["\n  query AgencyStart($agencyId: ID!) {\n    households(agencyId: $agencyId, first: 200) { totalCount edges { node { id neighbourhood } } }\n    cases(mine: true, first: 50) { edges { node { id status plannedOn household { id neighbourhood } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id status legalGround legalArticle openedOn plannedOn\n    regisseur { id name }\n    consent { id from }\n    history { at kind from to note aboutFrom aboutTo aboutItemId byProfessional { name } regisseur { name } }\n    conferences { id date familyPresent familyWish agreements participants { id name } regisseur { name } }\n    plan {\n      agreedOn\n      goals { id domain goal familyWords }\n      actions { id description domain due doneOn progress overdue ownerAgency { name } ownerProfessional { name } }\n    }\n    invitees { id name }\n    hits { id kind status }\n    effect {\n      conference\n      before { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n      after { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id status legalGround legalArticle openedOn plannedOn\n    regisseur { id name }\n    consent { id from }\n    history { at kind from to note aboutFrom aboutTo aboutItemId byProfessional { name } regisseur { name } }\n    conferences { id date familyPresent familyWish agreements participants { id name } regisseur { name } }\n    plan {\n      agreedOn\n      goals { id domain goal familyWords }\n      actions { id description domain due doneOn progress overdue ownerAgency { name } ownerProfessional { name } }\n    }\n    invitees { id name }\n    hits { id kind status }\n    effect {\n      conference\n      before { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n      after { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdCase($id: ID!) {\n    household(id: $id) {\n      id\n      consents { id basis from to }\n      case { ...CaseFields proposals { domain since latest running agency { id name } professional { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdCase($id: ID!) {\n    household(id: $id) {\n      id\n      consents { id basis from to }\n      case { ...CaseFields proposals { domain since latest running agency { id name } professional { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCaseStatus($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation SetCaseStatus($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanConference($input: PlanConferenceInput!) { planConference(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation PlanConference($input: PlanConferenceInput!) { planConference(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConference($input: RecordConferenceInput!) { recordConference(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation RecordConference($input: RecordConferenceInput!) { recordConference(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreePlan($input: AgreePlanInput!) { agreePlan(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation AgreePlan($input: AgreePlanInput!) { agreePlan(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }\n"): (typeof documents)["\n  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Find($id: ID!) {\n    household(id: $id) { id neighbourhood }\n    person(id: $id) { id name memberships { from to household { id } } }\n  }\n"): (typeof documents)["\n  query Find($id: ID!) {\n    household(id: $id) { id neighbourhood }\n    person(id: $id) { id name memberships { from to household { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindByName($text: String!) {\n    findHouseholds(text: $text) { id neighbourhood members { id name } }\n  }\n"): (typeof documents)["\n  query FindByName($text: String!) {\n    findHouseholds(text: $text) { id neighbourhood members { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueHitFields on PatternHit {\n    id kind score status firstSeen lastSeen\n    case { id status }\n    explanation(lang: $lang)\n    assignee { id name }\n    subject {\n      __typename\n      ... on Household { id neighbourhood }\n      ... on Person { id memberships { from to household { id } } }\n    }\n    history { at by from to reason note byProfessional { name } }\n  }\n"): (typeof documents)["\n  fragment QueueHitFields on PatternHit {\n    id kind score status firstSeen lastSeen\n    case { id status }\n    explanation(lang: $lang)\n    assignee { id name }\n    subject {\n      __typename\n      ... on Household { id neighbourhood }\n      ... on Person { id memberships { from to household { id } } }\n    }\n    history { at by from to reason note byProfessional { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePage($kind: PatternKind!, $status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $after: String, $lang: Language!) {\n    patternHits(kind: $kind, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first, after: $after) {\n      ...QueueKindPage\n    }\n  }\n"): (typeof documents)["\n  query QueuePage($kind: PatternKind!, $status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $after: String, $lang: Language!) {\n    patternHits(kind: $kind, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first, after: $after) {\n      ...QueueKindPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueKindPage on PatternHitConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...QueueHitFields } }\n  }\n"): (typeof documents)["\n  fragment QueueKindPage on PatternHitConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...QueueHitFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueAll($status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $lang: Language!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n  }\n"): (typeof documents)["\n  query QueueAll($status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $lang: Language!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewSince($since: Date!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, since: $since, first: 1) { totalCount }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, since: $since, first: 1) { totalCount }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, since: $since, first: 1) { totalCount }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, since: $since, first: 1) { totalCount }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, since: $since, first: 1) { totalCount }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, since: $since, first: 1) { totalCount }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, since: $since, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query NewSince($since: Date!) {\n    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, since: $since, first: 1) { totalCount }\n    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, since: $since, first: 1) { totalCount }\n    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, since: $since, first: 1) { totalCount }\n    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, since: $since, first: 1) { totalCount }\n    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, since: $since, first: 1) { totalCount }\n    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, since: $since, first: 1) { totalCount }\n    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, since: $since, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueAgencies {\n    agencies(first: 500) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query QueueAgencies {\n    agencies(first: 500) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Triage($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID, $lang: Language!) {\n    triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status ...QueueHitFields }\n  }\n"): (typeof documents)["\n  mutation Triage($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID, $lang: Language!) {\n    triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status ...QueueHitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFigures {\n    caseStatistics {\n      minCases\n      overall { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n      neighbourhoods { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n    }\n  }\n"): (typeof documents)["\n  query CaseFigures {\n    caseStatistics {\n      minCases\n      overall { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n      neighbourhoods { neighbourhood suppressed cases open closed daysToConference daysToPlan withPlan stoppedAfterPlan }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports {\n    patternSummary {\n      asOf\n      kinds { kind hits }\n      neighbourhoods { kind neighbourhood hits }\n      agencies { kind hits agency { id name } }\n      statuses { kind status hits }\n    }\n  }\n"): (typeof documents)["\n  query Reports {\n    patternSummary {\n      asOf\n      kinds { kind hits }\n      neighbourhoods { kind neighbourhood hits }\n      agencies { kind hits agency { id name } }\n      statuses { kind status hits }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollData on Household {\n    id\n    neighbourhood\n    memberships { role from to person { id name birthYear } }\n    interventions {\n      id domain kind start end endReason detailsHidden\n      agency { id name }\n      person { id name }\n      professional { id name }\n      outcomes { date result }\n    }\n    events {\n      id type date domain severity\n      agency { id name }\n      person { id name }\n      relatedEvent { id date }\n      targetAgency { name }\n      participants { name }\n    }\n    coordinators { from to professional { id name agency { name } } }\n  }\n"): (typeof documents)["\n  fragment RollData on Household {\n    id\n    neighbourhood\n    memberships { role from to person { id name birthYear } }\n    interventions {\n      id domain kind start end endReason detailsHidden\n      agency { id name }\n      person { id name }\n      professional { id name }\n      outcomes { date result }\n    }\n    events {\n      id type date domain severity\n      agency { id name }\n      person { id name }\n      relatedEvent { id date }\n      targetAgency { name }\n      participants { name }\n    }\n    coordinators { from to professional { id name agency { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollHits on Household {\n    patterns {\n      id kind score status\n      case { id status }\n      explanation(lang: $lang)\n      evidence { role group intervention { id } event { id } agency { id } person { id } }\n    }\n  }\n"): (typeof documents)["\n  fragment RollHits on Household {\n    patterns {\n      id kind score status\n      case { id status }\n      explanation(lang: $lang)\n      evidence { role group intervention { id } event { id } agency { id } person { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdRoll($id: ID!, $lang: Language!, $withHits: Boolean!) {\n    household(id: $id) { id neighbourhood ...RollData ...RollHits @include(if: $withHits) }\n  }\n"): (typeof documents)["\n  query HouseholdRoll($id: ID!, $lang: Language!, $withHits: Boolean!) {\n    household(id: $id) { id neighbourhood ...RollData ...RollHits @include(if: $withHits) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { userId name role purpose agency { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { userId name role purpose agency { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;