import { graphql } from "../gql";

export const CaseloadEntryFields = graphql(`
  fragment CaseloadEntryFields on CaseloadEntry {
    priority
    priorityExplanation(lang: $lang)
    newSince
    newHitIds
    regisseur { id name }
    household { id neighbourhood }
    hits { id kind status }
    case { id status regisseur { id name } plan { actions { id overdue } } }
  }
`);

/** One page of the caseload: households ranked by priority, with what is new since the last visit. */
export const CaseloadDocument = graphql(`
  query Caseload($mine: Boolean, $neighbourhood: String, $since: String, $first: Int!, $after: String, $lang: Language!) {
    caseload(mine: $mine, neighbourhood: $neighbourhood, since: $since, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CaseloadEntryFields } }
    }
  }
`);

export const NeighbourhoodsDocument = graphql(`
  query Neighbourhoods { neighbourhoods }
`);

/** An agency worker's start: its agency's households, and the cases it is invited to or took part in. */
export const AgencyStartDocument = graphql(`
  query AgencyStart($agencyId: ID!) {
    households(agencyId: $agencyId, first: 200) { totalCount edges { node { id neighbourhood } } }
    cases(mine: true, first: 50) { edges { node { id status plannedOn household { id neighbourhood } } } }
  }
`);
