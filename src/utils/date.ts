/**
 * Finnish date formatting. Finnish readers expect numeric dates such as
 * 30.11.2022; the theme's own formatting spells the month out
 * ("30. marraskuuta 2022"), so every date on the site goes through here.
 */

const numeric = new Intl.DateTimeFormat('fi-FI', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2022-11-30`, a timestamp or a Date → `30.11.2022`. */
export function formatDate(date: string | number | Date): string {
  return numeric.format(
    typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : new Date(date),
  );
}

/** A time span: `1.5.2021–30.9.2022`, or one end when the other is unknown. */
export function formatSpan(start?: string, end?: string): string | undefined {
  if (start && end) return `${formatDate(start)}–${formatDate(end)}`;
  if (start) return `${formatDate(start)} alkaen`;
  if (end) return `${formatDate(end)} asti`;
  return undefined;
}
