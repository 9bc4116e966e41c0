import { cypher } from "../../graph/cypher";
import { householdHit } from "../hit";
import { lastDay, listOf, plural } from "../explain";
import { byKeys } from "../order";
import { register } from "./register";
import { PatternKind, type DetectorSpec, type EvidenceItem } from "../types";

interface Overlap { a: string; b: string; from: string; to: string; days: number; coveredDays: number }
interface Pair { agencyA: string; nameA: string; agencyB: string; nameB: string; overlaps: Overlap[] }

/** A pair's overlap shown and explained: the longest, then the earliest, then by the interventions' ids. */
const longestFirst = byKeys<Overlap>((o) => -o.days, (o) => o.from, (o) => o.to, (o) => o.a, (o) => o.b);

export const uncoordinatedOverlap: DetectorSpec<"minOverlapDays" | "conferenceLookbackDays" | "minPairs"> = {
  kind: PatternKind.UNCOORDINATED_OVERLAP,
  register,
  subject: "Household",
  query: cypher("detectors/uncoordinated-overlap/query.cypher"),
  params: {
    minOverlapDays: { default: 30, min: 1, max: 36500 },
    conferenceLookbackDays: { default: 90, min: 0, max: 36500 },
    minPairs: { default: 1, min: 1, max: 1000 },
  },
  toHit(row) {
    const pairs = [...(row.pairs as Pair[])].sort(byKeys((p) => p.agencyA, (p) => p.agencyB));
    const longest = pairs.map((pair) => [...pair.overlaps].sort(longestFirst)[0] as Overlap);
    const evidence: EvidenceItem[] = [];
    pairs.forEach((pair, group) => {
      const o = longest[group] as Overlap;
      evidence.push(
        { role: "AGENCY", group, agencyId: pair.agencyA },
        { role: "AGENCY", group, agencyId: pair.agencyB },
        { role: "OVERLAPPING_INTERVENTION", group, interventionId: o.a, agencyId: pair.agencyA, from: o.from, to: o.to, days: o.days },
        { role: "OVERLAPPING_INTERVENTION", group, interventionId: o.b, agencyId: pair.agencyB, from: o.from, to: o.to, days: o.days },
      );
    });
    const first = pairs[0] as Pair;
    const o = longest[0] as Overlap; // the explanation names the overlap the evidence shows first
    const more = pairs.length - 1;
    return householdHit(PatternKind.UNCOORDINATED_OVERLAP, row, pairs.length, evidence, {
      EN: `${first.nameA} and ${first.nameB} both worked with this household for ${o.days} days (${o.from} to ${lastDay(o.to)}) without a case conference, referral or coordinator.` +
        (more ? ` ${listOf([plural(more, "other pair", "other pairs")], "and")} of agencies did the same.` : ""),
      NL: `${first.nameA} en ${first.nameB} werkten allebei ${o.days} dagen met dit huishouden (${o.from} tot en met ${lastDay(o.to)}) zonder casusoverleg, verwijzing of regisseur.` +
        (more ? ` Nog ${more} ${more === 1 ? "ander paar instanties deed" : "andere paren instanties deden"} hetzelfde.` : ""),
    });
  },
};
