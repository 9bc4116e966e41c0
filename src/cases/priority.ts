import { daysBetween } from "../dates";

/**
 * A household's place in the caseload (docs/caseload.md): points that are the same whatever the
 * kind of pattern, each said in words, so a coordinator can see why a family is where it is.
 */
export interface PriorityFacts {
  /** The kinds of the household's open hits (NEW, SEEN, IN_PROGRESS), one per hit. */
  kinds: string[];
  /** Safety signals in the last year: VEILIGHEID signals and escalations of severity 3. */
  safetySignals: number;
  /** A regisseur coordinates it now (an assignment in the graph, or its open case's regisseur). */
  coordinated: boolean;
  /** The first-seen date of its oldest open hit, and of its newest. */
  oldestHit: string | null;
  newestHit: string | null;
  /** Actions of its plan past their due date and not done. */
  overdue: number;
  today: string;
}

export type PartKey = "patterns" | "escalation" | "safety" | "noRegisseur" | "recent" | "overdue";
export interface PriorityPart { key: PartKey; points: number; count: number }
export interface Priority { value: number; parts: PriorityPart[] }

export const RULES = { escalation: 2, safety: 2, noRegisseur: 1, perHalfYear: 0.5, noRegisseurMax: 3, recentDays: 30, recent: 1, overdue: 1 } as const;


export function priority(f: PriorityFacts): Priority {
  const parts: PriorityPart[] = [];
  const kinds = new Set(f.kinds);
  if (kinds.size) parts.push({ key: "patterns", points: kinds.size, count: kinds.size });
  if (kinds.has("ESCALATION_CONCESSION")) parts.push({ key: "escalation", points: RULES.escalation, count: 1 });
  if (f.safetySignals > 0) parts.push({ key: "safety", points: RULES.safety, count: f.safetySignals });
  if (!f.coordinated && f.oldestHit) {
    const months = Math.max(0, Math.floor(daysBetween(f.oldestHit, f.today) / 30.4375));
    const points = Math.min(RULES.noRegisseurMax, RULES.noRegisseur + Math.floor(months / 6) * RULES.perHalfYear);
    parts.push({ key: "noRegisseur", points, count: months });
  }
  if (f.newestHit && daysBetween(f.newestHit, f.today) < RULES.recentDays) parts.push({ key: "recent", points: RULES.recent, count: daysBetween(f.newestHit, f.today) });
  if (f.overdue > 0) parts.push({ key: "overdue", points: RULES.overdue, count: f.overdue });
  return { value: parts.reduce((sum, p) => sum + p.points, 0), parts };
}

type Lang = "EN" | "NL";
const plural = (lang: Lang, n: number, one: string, other: string) =>
  `${n} ${new Intl.PluralRules(lang === "NL" ? "nl-NL" : "en-GB").select(n) === "one" ? one : other}`;

const WORDS: Record<Lang, Record<PartKey, (n: number) => string>> = {
  NL: {
    patterns: (n) => `${plural("NL", n, "patroon", "verschillende patronen")}`,
    escalation: () => "escalatie met toegeven",
    safety: (n) => `${plural("NL", n, "veiligheidssignaal", "veiligheidssignalen")} in het afgelopen jaar`,
    noRegisseur: (n) => (n < 1 ? "geen regisseur" : `al ${plural("NL", n, "maand", "maanden")} geen regisseur`),
    recent: (n) => (n === 0 ? "nieuw vandaag" : n === 1 ? "nieuw sinds gisteren" : `nieuw, ${plural("NL", n, "dag", "dagen")} geleden gevonden`),
    overdue: (n) => `${plural("NL", n, "actie", "acties")} over tijd`,
  },
  EN: {
    patterns: (n) => `${plural("EN", n, "pattern", "different patterns")}`,
    escalation: () => "escalation met by concessions",
    safety: (n) => `${plural("EN", n, "safety signal", "safety signals")} in the last year`,
    noRegisseur: (n) => (n < 1 ? "no regisseur" : `no regisseur for ${plural("EN", n, "month", "months")}`),
    recent: (n) => (n === 0 ? "new today" : n === 1 ? "new since yesterday" : `new, found ${plural("EN", n, "day", "days")} ago`),
    overdue: (n) => `${plural("EN", n, "action", "actions")} overdue`,
  },
};

const points = (lang: Lang, p: number) => `+${lang === "NL" ? String(p).replace(".", ",") : String(p)}`;

/** The priority in words: each part with its points, e.g. "3 verschillende patronen (+3) · escalatie met toegeven (+2)". */
export function explainPriority(p: Priority, lang: Lang): string {
  if (!p.parts.length) return lang === "NL" ? "Geen open patronen, geen signalen" : "No open patterns, no signals";
  return p.parts.map((part) => `${WORDS[lang][part.key](part.count)} (${points(lang, part.points)})`).join(" · ");
}

const nl = (n: number) => String(n).replace(".", ",");

/** The priority rule in the register entry's Dutch, from the same numbers the code uses (docs/caseload.md). */
export function priorityRuleText(): string {
  return (
    "De werkvoorraad van een regisseur toont huishoudens, geen losse meldingen, in volgorde van een prioriteit die voor elk patroon hetzelfde betekent en per huishouden in woorden wordt uitgelegd: " +
    `1 punt per verschillend open patroon; ${nl(RULES.escalation)} bij escalatie gevolgd door toegeven; ${nl(RULES.safety)} bij een veiligheidssignaal (Veiligheid, of een escalatie van ernst 3) in het afgelopen jaar; ` +
    `zonder regisseur ${nl(RULES.noRegisseur)} plus ${nl(RULES.perHalfYear)} per half jaar sinds de oudste open melding (ten hoogste ${nl(RULES.noRegisseurMax)}); ` +
    `${nl(RULES.recent)} als een melding in de laatste ${RULES.recentDays} dagen is gevonden; ${nl(RULES.overdue)} als een actie uit het plan over tijd is. ` +
    "Er is geen model en geen gewicht per persoon; de prioriteit bepaalt alleen de volgorde van het werk, niet of en welke hulp een gezin krijgt."
  );
}
