import { graphql } from "../gql";

/** Everything the roll draws about one household. */
export const RollData = graphql(`
  fragment RollData on Household {
    id
    neighbourhood
    memberships { role from to person { id name birthYear } }
    interventions {
      id domain kind start end endReason detailsHidden
      agency { id name }
      person { id name }
      professional { id name }
      outcomes { date result }
    }
    events {
      id type date domain severity
      agency { id name }
      person { id name }
      relatedEvent { id date }
      targetAgency { name }
      participants { name }
    }
    coordinators { from to professional { id name agency { name } } }
  }
`);

/** The household's hits beside the roll, with the evidence each one points at. */
export const RollHits = graphql(`
  fragment RollHits on Household {
    patterns {
      id kind score status
      case { id status }
      explanation(lang: $lang)
      evidence { role group intervention { id } event { id } agency { id } person { id } }
    }
  }
`);

export const HouseholdRollDocument = graphql(`
  query HouseholdRoll($id: ID!, $lang: Language!, $withHits: Boolean!) {
    household(id: $id) { id neighbourhood ...RollData ...RollHits @include(if: $withHits) }
  }
`);
