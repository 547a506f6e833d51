/** A clock reading without a time zone: what a date line in an article or a spreadsheet cell says. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant this wall time denotes at the given UTC offset (minutes east of Greenwich). */
export function wallTimeAtOffset(wall: WallTime, offsetMinutes: number): Date {
  return new Date(wallTimeAsUtc(wall) - offsetMinutes * 60_000);
}

/**
 * The instant at which clocks in an IANA time zone show this wall time. Throws a RangeError for an unknown
 * zone: zones come from settings, not from the imported file.
 */
export function wallTimeInZone(wall: WallTime, timeZone: string): Date {
  const asUtc = wallTimeAsUtc(wall);
  const firstGuess = asUtc - zoneOffsetMillis(asUtc, timeZone);
  // The offset at the first guess can differ when a DST change lies between it and the wall time.
  return new Date(asUtc - zoneOffsetMillis(firstGuess, timeZone));
}

function wallTimeAsUtc(wall: WallTime): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneOffsetMillis(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  const shown = wallTimeAsUtc({
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
    millisecond: 0,
  });
  // The formatter shows whole seconds, so compare with the instant rounded down to its second.
  return shown - Math.floor(instant / 1000) * 1000;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
