/**
 * A date `days` working days after `iso` (Monday to Friday; public holidays are not counted out,
 * so a term over Easter or Christmas ends a day or two early: docs/messages.md says so).
 */
export function addWorkingDays(iso: string, days: number): string {
  const DAY = 86_400_000;
  let time = Date.parse(`${iso}T00:00:00Z`);
  for (let left = days; left > 0; ) {
    time += DAY;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(time).toISOString().slice(0, 10);
}
