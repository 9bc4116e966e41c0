/**
 * Where the sign-in lives: sessionStorage only (gone when the tab closes, never shared with other
 * tabs or left on disk). The names are part of the contract: tests and tools rely on them.
 */
export const TOKEN_KEY = "behangrol.token";
export const PURPOSE_KEY = "behangrol.purpose";

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  purpose: () => sessionStorage.getItem(PURPOSE_KEY),
  setToken: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  setPurpose: (purpose: string) => sessionStorage.setItem(PURPOSE_KEY, purpose),
  clearPurpose: () => sessionStorage.removeItem(PURPOSE_KEY),
  clear: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(PURPOSE_KEY);
  },
};

/** The last visit to the work queue, per user: a date, kept across visits (no personal data). */
export const lastVisit = {
  get: (userId: string) => localStorage.getItem(`behangrol.lastVisit.${userId}`),
  set: (userId: string, day: string) => localStorage.setItem(`behangrol.lastVisit.${userId}`, day),
};
