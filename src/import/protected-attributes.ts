/**
 * Attributes behangrol holds none of, on purpose: pattern detection over care and police data must
 * not be able to single out families by origin or faith (the SyRI judgement, the Algoritmekader's
 * non-discrimination norm). Source systems often send them along; the import refuses a delivery
 * that carries one, naming it.
 */
export const PROTECTED_ATTRIBUTES = ["ethnicity", "nationality", "religion", "country of birth"] as const;

/** Spellings met in source systems (Dutch and English), compared without case, spaces or punctuation. */
const NAMES: [pattern: RegExp, attribute: (typeof PROTECTED_ATTRIBUTES)[number]][] = [
  [/ethnic|etnic|etnisch|afkomst|herkomst|migrat|race$|^ras$/, "ethnicity"],
  [/national|citizenship|staatsburger/, "nationality"],
  [/religi|faith|geloof|godsdienst|kerkgenootschap/, "religion"],
  [/countryofbirth|birthcountry|geboorteland|landvangeboorte/, "country of birth"],
];

/** The protected attribute a field name stands for, if any. */
export function protectedAttribute(field: string): string | null {
  const name = field.toLowerCase().replace(/[^a-z]/g, "");
  return NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
