import { cypher } from "../../graph/cypher";
import { byKeys } from "../order";
import { householdHit } from "../hit";
import { listOf } from "../explain";
import { register } from "./register";
import { PatternKind, type DetectorSpec } from "../types";

type MarkerKind = "CONTACT_REFUSED" | "NO_SHOW" | "CLIENT_WITHDREW" | "NO_CONTACT";
interface Marker {
  date: string; agency: string; agencyName: string; eventId: string | null; interventionId: string | null; kind: MarkerKind; personId: string | null;
}

const WORDS: Record<MarkerKind, [string, string]> = {
  CONTACT_REFUSED: ["refused contact", "contact geweigerd"],
  NO_SHOW: ["missed appointment", "afspraak gemist"],
  CLIENT_WITHDREW: ["withdrew from help", "hulp afgebroken door cliënt"],
  NO_CONTACT: ["help ended without contact", "hulp gestopt zonder contact"],
};

export const careAvoidance: DetectorSpec<"windowDays" | "minMarkers" | "minAgencies"> = {
  kind: PatternKind.CARE_AVOIDANCE,
  register,
  subject: "Household",
  query: cypher("detectors/care-avoidance/query.cypher"),
  params: {
    windowDays: { default: 365, min: 1, max: 36500 },
    minMarkers: { default: 3, min: 1, max: 1000 },
    minAgencies: { default: 2, min: 1, max: 1000 },
  },
  toHit(row, params) {
    const markers = [...(row.markers as Marker[])].sort(byKeys((m) => m.date, (m) => m.kind, (m) => m.eventId, (m) => m.interventionId, (m) => m.personId, (m) => m.agency));
    const names = [...new Set(markers.map((m) => m.agencyName))].sort();
    const counts = (lang: 0 | 1) => {
      const byKind = new Map<MarkerKind, number>();
      for (const m of markers) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
      return [...byKind].map(([k, n]) => `${n}× ${WORDS[k][lang]}`);
    };
    const first = markers[0]?.date ?? "";
    const last = markers[markers.length - 1]?.date ?? "";
    const evidence = markers.map((m) => ({
      role: m.kind, group: 0, date: m.date, agencyId: m.agency, eventId: m.eventId, interventionId: m.interventionId, personId: m.personId,
    }));
    return householdHit(PatternKind.CARE_AVOIDANCE, row, markers.length, evidence, {
      EN: `Within ${params.windowDays} days (${first} to ${last}) help did not land ${markers.length} times at ${names.length} agencies (${listOf(names, "and")}): ${listOf(counts(0), "and")}.`,
      NL: `Binnen ${params.windowDays} dagen (${first} tot en met ${last}) kwam hulp ${markers.length} keer niet aan bij ${names.length} instanties (${listOf(names, "en")}): ${listOf(counts(1), "en")}.`,
    });
  },
};
