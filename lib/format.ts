const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

export function formatDateRange(start: Date | null, end: Date | null): string {
  if (!start && !end) return "No dates set";
  if (!end || start?.getTime() === end.getTime()) return formatDate(start ?? end);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "10 Mar 2026, 14:05 UTC": times are shown in UTC everywhere, like dates. */
export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateTimeFormat.format(date)} UTC` : "—";
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** A YYYY-MM-DD day as a short axis label: "10 Mar". */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

const countFormat = new Intl.NumberFormat("en-GB");

export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** A similarity between 0 and 1 as a whole percentage: 0.923 → "92%". */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? "—" : `${Math.round(fraction * 100)}%`;
}
