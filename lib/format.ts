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
