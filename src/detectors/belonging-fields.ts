/** The delivery fields behind "belongs to H" (patterns.md): a person's facts count for H only while a member. */
export const BELONGING_FIELDS = ["memberships.personId", "memberships.householdId", "memberships.from", "memberships.to"];
