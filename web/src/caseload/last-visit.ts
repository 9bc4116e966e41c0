/** The moment of the last visit to the caseload, per user, to the millisecond (no personal data; kept across visits). */
const key = (userId: string) => `behangrol.caseloadVisit.${userId}`;

export const caseloadVisit = {
  get: (userId: string): string | null => localStorage.getItem(key(userId)),
  set: (userId: string, moment: string) => localStorage.setItem(key(userId), moment),
};

/** A moment as people read it: "6 dec. 2026 om 14:03". */
export function formatMoment(isoMoment: string, lang: "nl" | "en"): string {
  return new Date(isoMoment).toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
