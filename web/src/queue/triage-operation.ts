import { graphql } from "../gql";

export { type TriageMutation } from "../gql/graphql";

/** A hit's new status; the answer carries the queue's fields (the roll reads only its status). */
export const TriageDocument = graphql(`
  mutation Triage($id: ID!, $status: HitStatus!, $reason: DismissReason, $note: String, $assigneeId: ID, $lang: Language!) {
    triageHit(id: $id, status: $status, reason: $reason, note: $note, assigneeId: $assigneeId) { id status ...QueueHitFields }
  }
`);
