import { DETECTORS } from "../detectors/registry";
import type { PatternKind } from "../detectors/types";
import type { Dimension } from "./dimensions";
import type { FairnessReport } from "./fairness.service";
import { justificationPath } from "./justifications";
import { POOLED, type DetectorFairness, type FairnessGroup, type ProxyCheck } from "./measure";
import path from "node:path";
import { projectRoot } from "../config";

const DIMENSION_NL: Record<Dimension, string> = {
  NEIGHBOURHOOD: "de wijk",
  HOUSEHOLD_TYPE: "de samenstelling van het huishouden",
  AGE_YOUNGEST: "de leeftijd van de jongste",
  AGE_ELDEST: "de leeftijd van de oudste",
  AGENCIES_INVOLVED: "het aantal betrokken organisaties",
};
const VERDICT_NL: Record<ProxyCheck["verdict"], string> = {
  NONE: "geen proxy", WEAK: "een zwakke proxy", MODERATE: "een matige proxy", STRONG: "een sterke proxy",
};
const FEATURE_NL: Record<string, string> = {
  agencies: "organisaties", interventions: "interventies", domains: "levensgebieden", professionals: "professionals",
  outcomes: "uitkomsten", signals: "signalen", escalations: "escalaties", refusals: "afgewezen contacten en niet verschenen", coordinated: "regisseur",
};

const pct = (x: number): string => `${(x * 100).toFixed(1).replace(".", ",")} %`;
const num = (x: number, digits = 2): string => x.toFixed(digits).replace(".", ",");
const name = (kind: string): string => DETECTORS[kind as PatternKind]?.register.name ?? kind;

/** The flags of a report: each outside the band and more than chance. */
export function flagsOf(report: FairnessReport): { kind: string; group: FairnessGroup }[] {
  return report.detectors.flatMap((d) => d.groups.filter((g) => g.flagged).map((group) => ({ kind: d.kind, group })));
}

/** Three sentences for the register entry's risks: what was measured, what was flagged, whether neighbourhoods differ. Counts only. */
export function fairnessSummary(report: FairnessReport): string {
  const flags = flagsOf(report);
  const unjustified = flags.filter((f) => !f.group.justified);
  const households = report.detectors[0]?.households ?? 0;
  const byNeighbourhood = flags.filter((f) => f.group.dimension === "NEIGHBOURHOOD");
  const band = `${num(report.settings.minRatio)}–${num(report.settings.maxRatio)}`;
  return [
    `Eerlijkheidsrapport met peildatum ${report.asOf}: ${report.detectors.length} regels gemeten bij ${households} huishoudens, per wijk, samenstelling, leeftijd van jongste en oudste en aantal betrokken organisaties.`,
    flags.length
      ? `${flags.length} keer selecteert een regel een groep vaker of minder vaak dan ${band} keer het gemiddelde, meer dan toeval verklaart; ${flags.length - unjustified.length} daarvan ${flags.length - unjustified.length === 1 ? "is" : "zijn"} onderbouwd${unjustified.length ? `, ${unjustified.length} niet: die regels worden herzien` : ""}.`
      : `Geen regel selecteert een groep vaker of minder vaak dan ${band} keer het gemiddelde, meer dan toeval verklaart.`,
    byNeighbourhood.length
      ? `Per wijk verschilt de selectie bij ${[...new Set(byNeighbourhood.map((f) => name(f.kind)))].join(", ")}.`
      : "Geen regel selecteert in de ene wijk vaker dan in de andere.",
  ].join(" ");
}

/** The whole report for a person: per rule the groups, their rates and flags, the human judgement and the proxy check. Dutch. */
export function fairnessMarkdown(report: FairnessReport): string {
  const s = report.settings;
  const lines = [
    `# Eerlijkheidsrapport behangrol, peildatum ${report.asOf}`, "",
    fairnessSummary(report), "",
    "## Hoe te lezen", "",
    "Per regel: het aandeel huishoudens met een melding op de peildatum (de selectiekans), per groep, en die kans gedeeld door de kans van alle huishoudens (de verhouding). " +
      `Een groep is **gemarkeerd** als de verhouding buiten ${num(s.minRatio)}–${num(s.maxRatio)} ligt (de vier-vijfde-regel) en toeval het verschil minder dan ${pct(s.maxP)} van de keren verklaart ` +
      "(p-waarde van de groep tegen alle andere huishoudens, met de correctie van Holm over alle groepen van de regel). " +
      `Groepen met minder dan ${s.minGroup} huishoudens zijn samengevoegd tot \`${POOLED}\`, zodat geen gezin aan te wijzen is. ` +
      "\"Bij gelijke betrokkenheid\" is de verhouding als elk huishouden van de groep even vaak geselecteerd was als alle huishoudens die door evenveel organisaties gezien worden: ligt die bij 1 en de gewone verhouding niet, dan komt het verschil door hoeveel organisaties de groep zien, niet door de groep zelf. " +
      "\"Geen zorg\" is het aandeel van de door een mens beoordeelde meldingen in de groep dat als geen zorg is afgewezen: een regel die voor een groep vaker ernaast zit, laat dat hier zien. " +
      "Een gemarkeerde groep is onderbouwd als het bestand naast de query van de regel haar noemt (doel, geschikt, noodzakelijk, proportioneel, wie besloot en wanneer); anders moet de regel of de onderbouwing veranderen.", "",
    "De proxycontrole zegt hoe goed de groep van een huishouden te raden is uit alleen de aantallen die de regel leest (op de ene helft van de huishoudens geleerd, op de andere getoetst). " +
      "Een sterke proxy betekent: ook zonder het kenmerk te lezen, kan de regel er via die aantallen op sturen.", "",
  ];
  for (const d of report.detectors) lines.push(...detectorSection(d));
  return `${lines.join("\n")}\n`;
}

function detectorSection(d: DetectorFairness): string[] {
  const file = path.relative(projectRoot, justificationPath(d.kind));
  const judged = d.judged ? `${d.judged} meldingen door een mens beoordeeld, ${pct(d.dismissedShare ?? 0)} afgewezen als geen zorg.` : "Nog geen melding door een mens beoordeeld.";
  const flagged = d.groups.filter((g) => g.flagged);
  const lines = [
    `## ${name(d.kind)} (\`${d.kind}\`)`, "",
    `${d.selected} van ${d.households} huishoudens geselecteerd (${pct(d.rate)}). ${judged}`, "",
    flagged.length
      ? `${flagged.length} gemarkeerd, ${flagged.filter((g) => g.justified).length} onderbouwd in \`${file}\`.`
      : "Geen groep gemarkeerd.", "",
    "| dimensie | groep | huishoudens | geselecteerd | kans | verhouding | bij gelijke betrokkenheid | p | geen zorg | |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...d.groups.map((g) => `| ${g.dimension} | ${g.group} | ${g.households} | ${g.selected} | ${pct(g.rate)} | ${num(g.ratio)} | ${num(g.ratioAsSeen)} | ${g.pValue < 0.001 ? "< 0,001" : num(g.pValue, 3)} | ` +
      `${judgedText(g)} | ${g.flagged ? (g.justified ? "gemarkeerd, onderbouwd" : "**gemarkeerd, niet onderbouwd**") : ""} |`),
    "", "Proxycontrole:", "",
    ...d.proxies.map((p) => `- ${proxySentence(d.kind, p)}`), "",
  ];
  return lines;
}

/** In a report that may travel, a share of fewer than five judged hits is not shown: it would be one coordinator's word on one family. */
const MIN_JUDGED_SHOWN = 5;
const judgedText = (g: FairnessGroup): string =>
  g.dismissedShare === null ? "–" : g.judged < MIN_JUDGED_SHOWN ? `(minder dan ${MIN_JUDGED_SHOWN} beoordeeld)` : `${pct(g.dismissedShare)} (${g.judged})`;

/** One proxy check in plain words. */
export function proxySentence(kind: string, p: ProxyCheck): string {
  if (!p.inputs.length) return `${name(kind)} leest geen van de getelde gegevens; ${DIMENSION_NL[p.dimension]} is er niet uit te raden (V = ${num(p.association)}).`;
  return `Uit wat ${name(kind)} leest (${p.inputs.map((f) => FEATURE_NL[f] ?? f).join(", ")}) is ${DIMENSION_NL[p.dimension]} bij ${pct(p.accuracy)} van de huishoudens goed te raden, ` +
    `tegen ${pct(p.baseline)} door steeds de grootste groep te kiezen: ${VERDICT_NL[p.verdict]}. ` +
    `Omgekeerd hangen ${DIMENSION_NL[p.dimension]} en de uitkomst van de regel ${p.association < 0.1 ? "nauwelijks" : p.association < 0.3 ? "enigszins" : "sterk"} samen (V = ${num(p.association)}).`;
}
