import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { DIMENSIONS, type Dimension } from "./dimensions";

/**
 * Why a rule may select some groups more (or less) than others: a file beside the rule's query,
 * `src/detectors/<rule>/justification.md`. It names what it justifies, on a line
 * `Justifies: AGENCIES_INVOLVED; HOUSEHOLD_TYPE = SINGLE_ADULT, COUPLE` (a dimension alone: all its
 * groups), who decided and when, and has the four parts of the Algoritmekader's test: aim,
 * suitable, necessary, proportional. A flag it does not name is unjustified: the rule changes or
 * the file does, after a person decided.
 */
export interface Justification {
  file: string;
  decidedBy: string;
  decidedOn: string;
  justifies: { dimension: Dimension; groups: string[] | null }[];
  covers(dimension: string, group: string): boolean;
}

export const REQUIRED_SECTIONS = ["Aim", "Suitable", "Necessary", "Proportional"] as const;

export const justificationPath = (kind: string): string =>
  path.join(projectRoot, "src", "detectors", kind.toLowerCase().replace(/_/g, "-"), "justification.md");

/** Reads a rule's justification; null without a file. An incomplete file is an error naming the file and what is missing. */
export function readJustification(kind: string): Justification | null {
  const file = justificationPath(kind);
  if (!fs.existsSync(file)) return null;
  return parseJustification(fs.readFileSync(file, "utf8"), path.relative(projectRoot, file));
}

export function parseJustification(text: string, file: string): Justification {
  const line = (label: string): string | null => new RegExp(`^${label}:[ \\t]*(.+)$`, "mi").exec(text)?.[1]?.trim() ?? null;
  const problems: string[] = [];
  const decidedBy = line("Decided by");
  const decidedOn = line("Decided on");
  const justifiesLine = line("Justifies");
  if (!decidedBy) problems.push('a "Decided by:" line');
  if (!decidedOn || !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) problems.push('a "Decided on: YYYY-MM-DD" line');
  if (!justifiesLine) problems.push('a "Justifies:" line');
  for (const section of REQUIRED_SECTIONS) {
    const body = new RegExp(`^##\\s+${section}\\b[^\\n]*\\n([\\s\\S]*?)(?=^##\\s|(?![\\s\\S]))`, "m").exec(text)?.[1]?.trim();
    if (!body) problems.push(`a "## ${section}" section with text`);
  }
  const justifies = (justifiesLine ?? "").split(";").map((s) => s.trim()).filter(Boolean).map((item) => {
    const [dim, groups] = item.split("=").map((s) => s.trim());
    if (!(DIMENSIONS as readonly string[]).includes(dim ?? "")) problems.push(`a known dimension instead of "${dim}" (one of ${DIMENSIONS.join(", ")})`);
    return { dimension: dim as Dimension, groups: groups ? groups.split(",").map((g) => g.trim()).filter(Boolean) : null };
  });
  if (problems.length) throw new Error(`${file} is not a complete justification: it needs ${problems.join("; ")}`);
  return {
    file, decidedBy: decidedBy as string, decidedOn: decidedOn as string, justifies,
    covers: (dimension, group) => justifies.some((j) => j.dimension === dimension && (j.groups === null || j.groups.includes(group))),
  };
}
