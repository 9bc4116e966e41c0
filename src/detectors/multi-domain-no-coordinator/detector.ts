import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { householdHit } from "../hit";
import { listOf } from "../explain";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Running { id: string; domain: string; s: string; e: string }

export const multiDomainNoCoordinator: DetectorSpec<"minDomains"> = {
  kind: PatternKind.MULTI_DOMAIN_NO_COORDINATOR,
  register,
  subject: "Household",
  query: cypher("detectors/multi-domain-no-coordinator/query.cypher"),
  params: {
    minDomains: { default: 3, min: 1, max: 12 },
  },
  toHit(row) {
    const date = row.date as string;
    const domains = [...(row.domains as string[])].sort();
    const running = [...(row.running as Running[])].sort(byKeys((r) => r.domain, (r) => r.id, (r) => r.s, (r) => r.e));
    const evidence: EvidenceItem[] = domains.flatMap((domain, group) => [
      { role: "DOMAIN", group, domain, date },
      ...running.filter((r) => r.domain === domain).map((r): EvidenceItem => ({ role: "RUNNING_INTERVENTION", group, domain, interventionId: r.id, from: r.s, to: r.e })),
    ]);
    return householdHit(PatternKind.MULTI_DOMAIN_NO_COORDINATOR, row, row.score as number, evidence, {
      EN: `On ${date} this household had help running in ${domains.length} domains at once (${listOf(domains, "and")}) and no coordinator.`,
      NL: `Op ${date} liep er voor dit huishouden tegelijk hulp op ${domains.length} domeinen (${listOf(domains, "en")}) zonder regisseur.`,
    });
  },
};
