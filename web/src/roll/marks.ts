/** Colours by domain (distinct, and dark enough for white text and 3:1 against the page). */
export const DOMAIN_COLOURS: Record<string, string> = {
  JEUGD: "#1f77b4", WMO: "#8c564b", PARTICIPATIE: "#2e7d32", SCHULDHULP: "#c2185b", INKOMEN: "#6a3d9a", WONEN: "#b35900",
  GGZ: "#00838f", VERSLAVING: "#7b6f00", VEILIGHEID: "#c62828", ONDERWIJS: "#3949ab", GEZONDHEID: "#558b2f", OVERIG: "#616161",
};
export const HIDDEN_COLOUR = "#9e9e9e";
export const colourOf = (domain: string | null) => (domain ? DOMAIN_COLOURS[domain] ?? "#616161" : "#455a64");

/** One shape per event type, drawn around (0, 0) within a 12 px box. */
export const EVENT_SHAPES: Record<string, string> = {
  SIGNAL: "M0,-6 L6,5 L-6,5 Z",
  REFERRAL: "M-6,-4 L2,-4 L2,-7 L7,0 L2,7 L2,4 L-6,4 Z",
  CONTACT: "M-5,0 A5,5 0 1,0 5,0 A5,5 0 1,0 -5,0",
  CONTACT_REFUSED: "M-5,-5 L5,5 M5,-5 L-5,5",
  NO_SHOW: "M-5,0 A5,5 0 1,0 5,0 A5,5 0 1,0 -5,0 M-3,0 L3,0",
  ESCALATION: "M0,-7 L7,0 L0,7 L-7,0 Z",
  CONCESSION: "M-5,-5 L5,-5 L5,5 L-5,5 Z",
  CASE_CONFERENCE: "M0,-7 L2,-2 L7,-2 L3,1 L5,7 L0,3 L-5,7 L-3,1 L-7,-2 L-2,-2 Z",
  // a request (iJw/iWmo 315, 317) points up to the municipality; its answer (319) points back down
  CARE_REQUEST: "M-5,6 L-5,-1 L-1,-1 L-1,-6 L1,-6 L1,-1 L5,-1 L5,6 Z",
  REQUEST_ANSWER: "M-5,-6 L5,-6 L5,1 L1,1 L1,6 L-1,6 L-1,1 L-5,1 Z",
  PLAN_OPEN: "M-4,7 L-4,-7 L6,-4 L-4,0",
  PLAN_DONE: "M-4,7 L-4,-7 L6,-4 L-4,0 Z",
};
/** Shapes drawn as lines only (no fill). */
export const OPEN_SHAPES = new Set(["CONTACT_REFUSED", "NO_SHOW", "PLAN_OPEN"]);

/** How a marker is filled and outlined: open shapes as lines, escalations red, the rest in their domain's colour. */
export function markerStyle(type: string, domain: string | null): { fill: string; stroke: string; strokeWidth: number } {
  if (OPEN_SHAPES.has(type)) return { fill: "none", stroke: "#222", strokeWidth: 2 };
  return { fill: type === "ESCALATION" ? "#c62828" : type === "PLAN_DONE" ? "#1b5e20" : colourOf(domain), stroke: "#fff", strokeWidth: 1 };
}

export const RESULT_GLYPHS: Record<string, string> = { ACHIEVED: "✓", PARTIAL: "½", NOT_ACHIEVED: "✗" };
