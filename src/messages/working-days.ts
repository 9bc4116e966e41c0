import { addDays } from "../dates";

/**
 * A date `days` working days after `iso` (Monday to Friday; public holidays are not counted out,
 * so a term over Easter or Christmas ends a day or two early: docs/messages.md says so).
 */
export function addWorkingDays(iso: string, days: number): string {
  let date = iso;
  for (let left = days; left > 0; ) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}
