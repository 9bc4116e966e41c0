import type { Config } from "../config";
import { DETECTORS } from "../detectors/registry";
import type { PatternKind } from "../detectors/types";
import { PROTECTED_ATTRIBUTES } from "../import/protected-attributes";
import type { DetectorJudgement } from "./judgement.service";
import { priorityRuleText } from "../cases/priority";
import { INSTALLATION, protectedAttributesText, reviewRuleText } from "./register-text";

/** What only the municipality knows: the setting that supplies it, and its label in the entry. */
const CONFIGURED = {
  organisation: ["REGISTER_ORGANISATION", "Organisatie"],
  legalBasis: ["REGISTER_LEGAL_BASIS", "Wettelijke grondslag"],
  dpiaUrl: ["REGISTER_DPIA_URL", "DPIA (link)"],
  contact: ["REGISTER_CONTACT", "Contact"],
  objectionProcedure: ["REGISTER_OBJECTION_PROCEDURE", "Bezwaarprocedure"],
} as const;
type Configured = keyof typeof CONFIGURED;

export interface RegisterEntry {
  standaard: string;
  naam: string;
  organisatie: string | null;
  korteOmschrijving: string;
  doelEnImpact: string;
  proportionaliteit: string;
  werking: string;
  databronnen: string;
  menselijkeTussenkomst: string;
  risicobeheer: string;
  wettelijkeGrondslag: string | null;
  impacttoetsen: { dpia: string | null };
  contact: string | null;
  bezwaarprocedure: string | null;
  beschermdeKenmerken: string;
  detectoren: {
    code: PatternKind; naam: string; regel: string; score: string;
    parameters: { naam: string; standaard: number; minimum: number; maximum: number }[];
    leestVelden: string[]; toontBewijs: string[];
    menselijkOordeel: DetectorJudgement | null;
  }[];
  /** The settings still to be given ("REGISTER_CONTACT: Contact"); empty for a complete entry. */
  ontbreekt: string[];
}

/**
 * The installation's entry for the national Algorithm Register, in Dutch. Each detector's rule,
 * parameters (defaults and ranges), fields read and evidence come from the detector registry, so
 * the entry cannot drift from what runs; what only the municipality knows comes from configuration.
 */
export function buildRegister(config: Pick<Config, "register" | "review">, judgement: DetectorJudgement[] | null): RegisterEntry {
  const given = (key: Configured): string | null => config.register[key] ?? null;
  const missing = (Object.keys(CONFIGURED) as Configured[]).filter((k) => !given(k)).map((k) => `${CONFIGURED[k][0]}: ${CONFIGURED[k][1]}`);
  return {
    ...INSTALLATION,
    werking: `${INSTALLATION.werking} ${priorityRuleText()}`,
    risicobeheer: `${INSTALLATION.risicobeheer} ${reviewRuleText(config.review)}`,
    beschermdeKenmerken: protectedAttributesText(PROTECTED_ATTRIBUTES),
    organisatie: given("organisation"),
    wettelijkeGrondslag: given("legalBasis"),
    impacttoetsen: { dpia: given("dpiaUrl") },
    contact: given("contact"),
    bezwaarprocedure: given("objectionProcedure"),
    detectoren: Object.values(DETECTORS).map((spec) => ({
      code: spec.kind,
      naam: spec.register.name,
      regel: spec.register.rule,
      score: spec.register.score,
      parameters: Object.entries(spec.params).map(([naam, p]) => ({ naam, standaard: p.default, minimum: p.min, maximum: p.max })),
      leestVelden: spec.register.reads,
      toontBewijs: spec.register.evidence,
      menselijkOordeel: judgement?.find((j) => j.kind === spec.kind) ?? null,
    })),
    ontbreekt: missing,
  };
}

const orMissing = (value: string | null, setting: string): string => value ?? `**ontbreekt** (stel ${setting} in)`;

/** The entry as Markdown, for a person to read or to paste into the register's form. */
export function registerMarkdown(e: RegisterEntry): string {
  const lines = [
    `# ${e.naam}`, "", `_${e.standaard}_`, "",
    `**Organisatie:** ${orMissing(e.organisatie, "REGISTER_ORGANISATION")}`, "",
    "## Korte omschrijving", "", e.korteOmschrijving, "",
    "## Doel en impact", "", e.doelEnImpact, "",
    "## Proportionaliteit", "", e.proportionaliteit, "",
    "## Werking", "", e.werking, "",
    "## Databronnen", "", e.databronnen, "",
    "## Menselijke tussenkomst", "", e.menselijkeTussenkomst, "",
    "## Risicobeheer", "", e.risicobeheer, "",
    "## Beschermde kenmerken", "", e.beschermdeKenmerken, "",
    "## Wettelijke grondslag", "", orMissing(e.wettelijkeGrondslag, "REGISTER_LEGAL_BASIS"), "",
    "## Impacttoetsen", "", `DPIA: ${orMissing(e.impacttoetsen.dpia, "REGISTER_DPIA_URL")}`, "",
    "## Contact en bezwaar", "", `Contact: ${orMissing(e.contact, "REGISTER_CONTACT")}`, "",
    `Bezwaar: ${orMissing(e.bezwaarprocedure, "REGISTER_OBJECTION_PROCEDURE")}`, "",
    "## De regels", "",
  ];
  for (const d of e.detectoren) {
    lines.push(`### ${d.naam} (\`${d.code}\`)`, "", d.regel, "", `Score: ${d.score}.`, "",
      "| parameter | standaard | van | tot |", "| --- | ---: | ---: | ---: |",
      ...d.parameters.map((p) => `| ${p.naam} | ${p.standaard} | ${p.minimum} | ${p.maximum} |`), "",
      `Leest: ${d.leestVelden.map((f) => `\`${f}\``).join(", ")}.`, "", `Toont als bewijs: ${d.toontBewijs.join(", ")}.`, "");
    const j = d.menselijkOordeel;
    if (j) {
      const hours = j.medianHoursToFirstLook === null ? "nog niet" : `${j.medianHoursToFirstLook.toFixed(1)} uur`;
      lines.push(`Menselijk oordeel: ${j.hits} open meldingen, ${j.judged} beoordeeld, ${j.dismissed} afgewezen ` +
        `(${j.dismissedBy.filter((x) => x.hits).map((x) => `${x.reason} ${x.hits}`).join(", ") || "geen"}), ${j.resolved} opgelost; ` +
        `mediane tijd tot eerste blik: ${hours}.${j.flaggedForReview ? " **Gemarkeerd voor herziening.**" : ""}`, "");
    }
  }
  if (e.ontbreekt.length) lines.push("## Nog in te vullen", "", ...e.ontbreekt.map((m) => `- ${m}`), "");
  return `${lines.join("\n")}\n`;
}
