import { careAvoidance } from "./care-avoidance/detector";
import { effortWithoutResult } from "./effort-without-result/detector";
import { escalationConcession } from "./escalation-concession/detector";
import { missedSignal } from "./missed-signal/detector";
import { multiDomainNoCoordinator } from "./multi-domain-no-coordinator/detector";
import { professionalTurnover } from "./professional-turnover/detector";
import type { DetectorSpec, ParamName, PatternKind } from "./types";
import { uncoordinatedOverlap } from "./uncoordinated-overlap/detector";

/** The detectors of shared/patterns.md. Adding one: a folder with query.cypher and detector.ts, and a line here. */
export const DETECTORS: Record<PatternKind, DetectorSpec<ParamName>> = Object.fromEntries(
  [uncoordinatedOverlap, escalationConcession, careAvoidance, missedSignal, professionalTurnover, effortWithoutResult, multiDomainNoCoordinator]
    .map((d) => [d.kind, d as unknown as DetectorSpec<ParamName>]),
) as Record<PatternKind, DetectorSpec<ParamName>>;
