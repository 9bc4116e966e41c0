import { graphql } from "../gql";

export const QueueHitFields = graphql(`
  fragment QueueHitFields on PatternHit {
    id kind score status firstSeen lastSeen
    case { id status }
    explanation(lang: $lang)
    assignee { id name }
    subject {
      __typename
      ... on Household { id neighbourhood }
      ... on Person { id memberships { from to household { id } } }
    }
    history { at by from to reason note byProfessional { name } }
  }
`);

/** One page of one kind's stored hits, newest first. */
export const QueuePageDocument = graphql(`
  query QueuePage($kind: PatternKind!, $status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $after: String, $lang: Language!) {
    patternHits(kind: $kind, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first, after: $after) {
      ...QueueKindPage
    }
  }
`);

export const QueueKindPage = graphql(`
  fragment QueueKindPage on PatternHitConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...QueueHitFields } }
  }
`);

/** The first page of every kind at once: one request, one audit entry. */
export const QueueAllDocument = graphql(`
  query QueueAll($status: [HitStatus!], $neighbourhood: String, $agencyId: ID, $first: Int!, $lang: Language!) {
    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, status: $status, neighbourhood: $neighbourhood, agencyId: $agencyId, orderBy: FIRST_SEEN, first: $first) { ...QueueKindPage }
  }
`);

/** How many hits of each kind were first seen since a day (one round trip for the seven kinds). */
export const NewSinceDocument = graphql(`
  query NewSince($since: Date!) {
    UNCOORDINATED_OVERLAP: patternHits(kind: UNCOORDINATED_OVERLAP, since: $since, first: 1) { totalCount }
    ESCALATION_CONCESSION: patternHits(kind: ESCALATION_CONCESSION, since: $since, first: 1) { totalCount }
    CARE_AVOIDANCE: patternHits(kind: CARE_AVOIDANCE, since: $since, first: 1) { totalCount }
    MISSED_SIGNAL: patternHits(kind: MISSED_SIGNAL, since: $since, first: 1) { totalCount }
    PROFESSIONAL_TURNOVER: patternHits(kind: PROFESSIONAL_TURNOVER, since: $since, first: 1) { totalCount }
    EFFORT_WITHOUT_RESULT: patternHits(kind: EFFORT_WITHOUT_RESULT, since: $since, first: 1) { totalCount }
    MULTI_DOMAIN_NO_COORDINATOR: patternHits(kind: MULTI_DOMAIN_NO_COORDINATOR, since: $since, first: 1) { totalCount }
  }
`);

export const QueueAgenciesDocument = graphql(`
  query QueueAgencies {
    agencies(first: 500) { edges { node { id name } } }
  }
`);
