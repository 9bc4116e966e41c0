import { graphql } from "../gql";

export const CaseFields = graphql(`
  fragment CaseFields on Case {
    id status legalGround legalArticle openedOn plannedOn
    regisseur { id name }
    consent { id from }
    history { at kind from to note aboutFrom aboutTo aboutItemId byProfessional { name } regisseur { name } }
    conferences { id date familyPresent familyWish agreements participants { id name } regisseur { name } }
    plan {
      agreedOn
      goals { id domain goal familyWords }
      actions { id description domain due doneOn progress overdue ownerAgency { name } ownerProfessional { name } }
    }
    invitees { id name }
    hits { id kind status }
    effect {
      conference
      before { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }
      after { hitsOpened hitsClosed escalations concessions newOverlaps zrm { domain mean scores } }
    }
  }
`);

/** The household's case (if any), what opening one needs (its consents), and who should be at the table. */
export const HouseholdCaseDocument = graphql(`
  query HouseholdCase($id: ID!) {
    household(id: $id) {
      id
      consents { id basis from to }
      case { ...CaseFields proposals { domain since latest running agency { id name } professional { id name } } }
    }
  }
`);

export const OpenCaseDocument = graphql(`
  mutation OpenCase($input: OpenCaseInput!) { openCase(input: $input) { case { id } userErrors { field message } } }
`);
export const SetCaseStatusDocument = graphql(`
  mutation SetCaseStatus($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { case { id } userErrors { field message } } }
`);
export const PlanConferenceDocument = graphql(`
  mutation PlanConference($input: PlanConferenceInput!) { planConference(input: $input) { case { id } userErrors { field message } } }
`);
export const RecordConferenceDocument = graphql(`
  mutation RecordConference($input: RecordConferenceInput!) { recordConference(input: $input) { case { id } userErrors { field message } } }
`);
export const AgreePlanDocument = graphql(`
  mutation AgreePlan($input: AgreePlanInput!) { agreePlan(input: $input) { case { id } userErrors { field message } } }
`);
export const UpdatePlanActionDocument = graphql(`
  mutation UpdatePlanAction($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { case { id } userErrors { field message } } }
`);
export const CloseCaseDocument = graphql(`
  mutation CloseCase($input: CloseCaseInput!) { closeCase(input: $input) { case { id } userErrors { field message } } }
`);
export const AddCaseNoteDocument = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { id } userErrors { field message } } }
`);
export const AssignCaseDocument = graphql(`
  mutation AssignCase($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }
`);
