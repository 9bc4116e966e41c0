const rules = new Map<string, Intl.PluralRules>();

/** The form of a word for a count, by the language's own plural rules: forms as "one|other" ("paar|paren"). */
export function pluralOf(lang: string, count: number, forms: string): string {
  const [one = "", other = one] = forms.split("|");
  const rule = rules.get(lang) ?? new Intl.PluralRules(lang);
  rules.set(lang, rule);
  return rule.select(count) === "one" ? one : other;
}
