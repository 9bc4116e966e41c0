import { BadInputError } from "../errors";

/** The types node(id:) finds, each by its typed id `<type>:<id>`. */
export const NODE_TYPES = [
  "Household", "Person", "Agency", "Professional", "Intervention", "Event", "Outcome", "Consent", "PatternHit", "DetectionRun",
  "AuditEvent", "Case", "CaseConference", "Plan", "PlanGoal", "PlanAction",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Types with ids for a client's cache that are read through what holds them, not by node(id:). */
const READ_THROUGH_PARENTS: Record<string, string> = {
  TimelineEntry: "a household's timeline", PatternSummary: "patternSummary", SignedIn: "viewer",
};

/** The most ids one nodes(ids:) takes. */
export const MAX_NODES = 100;

const isNodeType = (name: string): name is NodeType => (NODE_TYPES as readonly string[]).includes(name);

/**
 * A typed id's type and the id the caller was shown. A malformed one is BAD_USER_INPUT saying the
 * form; it echoes nothing of the input but a known type's name (an id may be personal data).
 */
export function parseTypedId(given: string, field: string): { type: NodeType; id: string } {
  const cut = given.indexOf(":");
  const type = cut > 0 ? given.slice(0, cut) : "";
  const id = given.slice(cut + 1);
  if (isNodeType(type) && id !== "") return { type, id };
  if (isNodeType(type)) throw new BadInputError(`${field}: nothing after "${type}:"; a typed id is the type name, a colon and the id, as in Household:h-1`, field);
  const parent = READ_THROUGH_PARENTS[type];
  if (parent) throw new BadInputError(`${field}: a ${type} is not a Node: read it through ${parent}`, field);
  throw new BadInputError(`${field}: not a typed id: give the type name (__typename), a colon and the id as you were shown it, as in Household:h-1`, field);
}

/** Every typed id of a nodes(ids:) call, checked before any is looked up. */
export function parseTypedIds(given: readonly string[]): { type: NodeType; id: string }[] {
  if (given.length > MAX_NODES) throw new BadInputError(`ids: at most ${MAX_NODES} ids at once, got ${given.length}`, "ids");
  return given.map((g, i) => parseTypedId(g, `ids[${i}]`));
}
