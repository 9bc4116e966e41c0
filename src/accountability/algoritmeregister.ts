import type { Config, RegisterSettings } from "../config";
import { priorityRuleText } from "../cases/priority";
import { daysBetween } from "../dates";
import { DETECTORS } from "../detectors/registry";
import type { StoredFairness } from "../fairness/stored";
import { PROTECTED_ATTRIBUTES } from "../import/protected-attributes";
import { checkAlgoritmeregister, isRequired, loadDefinition, type Definition } from "./algoritmeregister-check";
import type { DetectorJudgement } from "./judgement.service";
import { ALGORITMEREGISTER, INSTALLATION, PROTECTED_ATTRIBUTES_NL, protectedAttributesText, reviewRuleText } from "./register-text";

interface Link { title: string; link: string }

/** An entry in the Algorithm Register's publication standard v1.0 (standards/algoritmeregister-1.0/v1_0.json), in its field order. */
export interface AlgoritmeregisterEntry {
  name: string;
  description_short: string;
  organization?: string;
  category: string[];
  status?: string;
  begin_date?: string;
  end_date?: string;
  contact_email?: string;
  website?: string;
  publication_category?: string;
  url?: string;
  goal: string;
  proportionality: string;
  human_intervention: string;
  risks: string;
  lawful_basis?: string;
  lawful_basis_grouping?: Link[];
  process_index_url?: string;
  impacttoetsen_grouping?: { title: string; link?: string }[];
  impacttoetsen?: string;
  source_data: string;
  source_data_grouping: Link[];
  methods_and_models: string;
  provider?: string;
  publiccode?: string;
  lang: "nld";
  standard_version: "1.0";
  source_id?: string;
  tags: string;
}

/** A setting the entry needs and does not have: the setting, and the v1.0 field it fills. */
export interface MissingSetting { setting: string; field: keyof AlgoritmeregisterEntry }

/**
 * Each setting and the v1.0 field it fills; `asked`: listed as missing while unset (v1.0 requires
 * the field, or asks every organisation to fill it in), the others may stay empty.
 */
const SETTINGS: [key: keyof RegisterSettings, setting: string, field: keyof AlgoritmeregisterEntry, asked: boolean][] = [
  ["organisation", "REGISTER_ORGANISATION", "organization", true],
  ["status", "REGISTER_STATUS", "status", true],
  ["beginDate", "REGISTER_BEGIN_DATE", "begin_date", true],
  ["endDate", "REGISTER_END_DATE", "end_date", false],
  ["contact", "REGISTER_CONTACT", "contact_email", true],
  ["website", "REGISTER_WEBSITE", "website", true],
  ["publicationCategory", "REGISTER_PUBLICATION_CATEGORY", "publication_category", true],
  ["url", "REGISTER_URL", "url", false],
  ["objectionProcedure", "REGISTER_OBJECTION_PROCEDURE", "human_intervention", true],
  ["legalBasis", "REGISTER_LEGAL_BASIS", "lawful_basis", true],
  ["lawfulBasisLinks", "REGISTER_LAWFUL_BASIS_LINKS", "lawful_basis_grouping", true],
  ["processIndexUrl", "REGISTER_PROCESS_INDEX_URL", "process_index_url", true],
  ["dpiaUrl", "REGISTER_DPIA_URL", "impacttoetsen_grouping", true],
  ["iamaUrl", "REGISTER_IAMA_URL", "impacttoetsen_grouping", true],
  ["provider", "REGISTER_PROVIDER", "provider", false],
  ["publiccode", "REGISTER_PUBLICCODE", "publiccode", false],
  ["sourceId", "REGISTER_SOURCE_ID", "source_id", false],
];

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Each paragraph (blank-line separated) as a `<p>`, its text escaped. */
const paragraphs = (...texts: string[]): string =>
  texts.flatMap((t) => t.split("\n\n")).filter((t) => t.trim()).map((t) => `<p>${escapeHtml(t.trim())}</p>`).join("");
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const longDate = (iso: string): string =>
  new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** A rule in words with each parameter's default beside its first mention: "binnen followUpDays (standaard 60) dagen". */
function ruleWithDefaults(rule: string, params: Record<string, { default: number }>): string {
  return Object.entries(params).reduce((text, [name, p]) => text.replace(new RegExp(`\\b${name}\\b`), `${name} (standaard ${p.default})`), rule);
}

function methodsAndModels(publiccode: string | undefined): string {
  const rules = Object.values(DETECTORS).map((spec) =>
    `<li>${escapeHtml(`${spec.register.name} (${spec.kind}): ${ruleWithDefaults(spec.register.rule, spec.params)} Score: ${sentence(spec.register.score)}`)}</li>`);
  return paragraphs(INSTALLATION.werking) + `<ul>${rules.join("")}</ul>` + paragraphs(priorityRuleText(), publiccode ? `De broncode staat op ${publiccode}` : "");
}

function sourceData(): string {
  const fields = [...new Set(Object.values(DETECTORS).flatMap((spec) => spec.register.reads))].sort();
  return paragraphs(INSTALLATION.databronnen, `De regels lezen deze velden van het leveringsformaat: ${fields.join(", ")}.`);
}

function humanIntervention(judgement: DetectorJudgement[] | null, objection: string | undefined): string {
  const total = (key: "judged" | "dismissed" | "resolved") => (judgement ?? []).reduce((sum, j) => sum + j[key], 0);
  return paragraphs(
    INSTALLATION.menselijkeTussenkomst,
    judgement ? `Tot nu toe zijn ${total("judged")} meldingen door een mens beoordeeld. Daarvan zijn er ${total("dismissed")} afgewezen en ${total("resolved")} opgelost.` : "",
    objection ? `${ALGORITMEREGISTER.objection} ${sentence(objection)}` : "",
  );
}

function risks(review: Config["review"], judgement: DetectorJudgement[] | null, fairness: StoredFairness | null): string {
  const flagged = (judgement ?? []).filter((j) => j.flaggedForReview).map((j) => DETECTORS[j.kind].register.name);
  const attributes = protectedAttributesText(PROTECTED_ATTRIBUTES.map((a) => PROTECTED_ATTRIBUTES_NL[a]));
  return paragraphs(
    INSTALLATION.risicobeheer,
    `Beschermde kenmerken: ${attributes.charAt(0).toLowerCase()}${attributes.slice(1)}`,
    fairness
      ? `Het laatste eerlijkheidsrapport is gemaakt op ${longDate(fairness.at)}, over de stand op ${longDate(fairness.asOf)}. ${sentence(fairness.summaryNL)}`
      : ALGORITMEREGISTER.noFairness,
    `${reviewRuleText(review)}${judgement ? ` ${flagged.length ? `Nu gemarkeerd: ${flagged.join(", ")}.` : "Nu is geen regel gemarkeerd."}` : ""}`,
  );
}

/** Keeps the keys whose value is given, in order. */
const given = <T extends object>(entry: { [K in keyof T]: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as T;

/**
 * The installation's entry in the Algorithm Register's publication standard v1.0: what the code
 * knows from the code (each rule from the detector registry), what only the municipality knows
 * from configuration (never a placeholder: an unset setting leaves its field out and is listed in
 * `missing`), the humans' judgement of the rules, and the latest fairness report (null: none yet).
 */
export function buildAlgoritmeregister(
  config: Pick<Config, "register" | "review">, judgement: DetectorJudgement[] | null, fairness: StoredFairness | null,
): { entry: AlgoritmeregisterEntry; missing: MissingSetting[] } {
  const r = config.register;
  const assessments = [
    ...(r.dpiaUrl ? [{ title: ALGORITMEREGISTER.dpiaTitle, link: r.dpiaUrl }] : []),
    ...(r.iamaUrl ? [{ title: ALGORITMEREGISTER.iamaTitle, link: r.iamaUrl }] : []),
  ];
  const assessmentGaps = [r.dpiaUrl ? "" : ALGORITMEREGISTER.dpiaMissing, r.iamaUrl ? "" : ALGORITMEREGISTER.iamaMissing];
  const entry = given<AlgoritmeregisterEntry>({
    name: INSTALLATION.naam,
    description_short: INSTALLATION.korteOmschrijving,
    organization: r.organisation,
    category: ALGORITMEREGISTER.category,
    status: r.status,
    begin_date: r.beginDate,
    end_date: r.endDate,
    contact_email: r.contact,
    website: r.website,
    publication_category: r.publicationCategory,
    url: r.url,
    goal: paragraphs(INSTALLATION.doelEnImpact),
    proportionality: paragraphs(INSTALLATION.proportionaliteit, r.iamaUrl ? ALGORITMEREGISTER.iamaCited : ""),
    human_intervention: humanIntervention(judgement, r.objectionProcedure),
    risks: risks(config.review, judgement, fairness),
    lawful_basis: r.legalBasis === undefined ? undefined : paragraphs(r.legalBasis),
    lawful_basis_grouping: r.lawfulBasisLinks,
    process_index_url: r.processIndexUrl,
    impacttoetsen_grouping: assessments.length ? assessments : undefined,
    impacttoetsen: paragraphs(...assessmentGaps) || undefined,
    source_data: sourceData(),
    source_data_grouping: ALGORITMEREGISTER.sourceLinks,
    methods_and_models: methodsAndModels(r.publiccode),
    provider: r.provider,
    publiccode: r.publiccode,
    lang: "nld",
    standard_version: "1.0",
    source_id: r.sourceId,
    tags: ALGORITMEREGISTER.tags,
  });
  const inDevelopment = r.status === "In ontwikkeling";
  const missing = SETTINGS
    .filter(([key, , field, asked]) => asked && r[key] === undefined && !(field === "begin_date" && inDevelopment))
    .map(([, setting, field]) => ({ setting, field }));
  return { entry, missing };
}

/**
 * Everything to do before the entry can be published, for the operator (English): each missing
 * setting (saying whether v1.0 requires its field), then each problem the check finds that a
 * missing setting does not already explain, with the setting that holds the field's value.
 * Publishable: the check finds nothing (a recommended setting may still be missing).
 */
export function publicationProblems(
  built: { entry: AlgoritmeregisterEntry; missing: MissingSetting[] }, definition: Definition = loadDefinition(),
): { problems: string[]; publishable: boolean } {
  const found = checkAlgoritmeregister(built.entry, definition);
  const explained = new Set(built.missing.map((m) => `${m.field}: required`));
  const missing = built.missing.map(({ setting, field }) => {
    const def = definition.properties[field];
    return def && isRequired(def) ? `${setting} is not set: ${field} is required for publication` : `${setting} is not set (for ${field})`;
  });
  const problems = found.filter((p) => !explained.has(p)).map((p) => {
    const field = /^[a-z_]+/.exec(p)?.[0];
    const settings = SETTINGS.filter((s) => s[2] === field).map((s) => s[1]);
    return settings.length ? `${p} (${settings.join(", ")})` : p;
  });
  return { problems: [...missing, ...problems], publishable: found.length === 0 };
}

/** The AP asks for a periodic check: a fairness report older than this is named as a problem (the entry can still be published). */
export const FAIRNESS_MAX_AGE_DAYS = 31;

/** What to say when the fairness report the entry cites is missing or old; null when it is current. */
export function fairnessCurrency(fairness: StoredFairness | null, today: string): string | null {
  if (!fairness) return "risks: no fairness report has been kept yet; run npm run fairness";
  const age = daysBetween(fairness.at.slice(0, 10), today);
  return age > FAIRNESS_MAX_AGE_DAYS ? `risks: the latest fairness report is ${age} days old (more than ${FAIRNESS_MAX_AGE_DAYS}); run npm run fairness` : null;
}
