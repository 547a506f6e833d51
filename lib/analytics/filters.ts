import { z } from "zod";

/**
 * Whose tags a comparison counts. `prefer-gold`: an article's adjudicated gold where it is completed, else its
 * submitted reviewers' tags averaged. `gold-only`: adjudicated articles alone. `reviewers`: reviewers everywhere.
 */
export const BASES = ["prefer-gold", "gold-only", "reviewers"] as const;
export type Basis = (typeof BASES)[number];

/** A syndicated copy (another outlet's rerun of a story in the same event) counted for each outlet or once. */
export const COPIES = ["each", "once"] as const;
export type Copies = (typeof COPIES)[number];

/** What an event's comparison counts; every chart query takes the same filters. */
export interface CompareFilters {
  /** Outlet ids to compare; empty means every outlet of the event. */
  outlets: string[];
  /** UTC days (YYYY-MM-DD) bounding published_at, both included; an undated article falls outside any bound. */
  from: string | null;
  to: string | null;
  basis: Basis;
  copies: Copies;
  /** A codebook version number: only tags made under it. Null counts every version, matching categories by code. */
  version: number | null;
}

export const DEFAULT_FILTERS: CompareFilters = {
  outlets: [],
  from: null,
  to: null,
  basis: "prefer-gold",
  copies: "each",
  version: null,
};

export interface ParsedFilters {
  filters: CompareFilters;
  /** What was ignored and why, to show above the charts: a mangled link shows charts, never an error. */
  notes: string[];
}

type SearchParams = Record<string, string | string[] | undefined>;

const day = z.iso.date();
const version = z.coerce.number().int().min(1).max(100_000);

/** The filters of a comparison page's URL; each parameter is read on its own and falls back to its default. */
export function parseFilters(params: SearchParams): ParsedFilters {
  const notes: string[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>, fallback: T, why: string): T => {
    const raw = single(params[name]);
    if (raw === undefined || raw === "") return fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    notes.push(`Ignored ${name}=“${raw.slice(0, 40)}”: ${why}`);
    return fallback;
  };
  const outlets = readOutlets(params.outlets, notes);
  let from = read("from", day.nullable(), null, "not a date (YYYY-MM-DD).");
  let to = read("to", day.nullable(), null, "not a date (YYYY-MM-DD).");
  if (from && to && from > to) {
    notes.push(`Ignored the dates: “from” (${from}) is after “to” (${to}).`);
    [from, to] = [null, null];
  }
  return {
    filters: {
      outlets,
      from,
      to,
      basis: read("basis", z.enum(BASES), DEFAULT_FILTERS.basis, `use one of ${BASES.join(", ")}.`),
      copies: read("copies", z.enum(COPIES), DEFAULT_FILTERS.copies, `use one of ${COPIES.join(", ")}.`),
      version: read("version", version.nullable(), null, "not a codebook version number."),
    },
    notes,
  };
}

/** The filters of a request's query string, keeping every repeated `outlets` parameter. */
export function parseFilterSearch(search: URLSearchParams): ParsedFilters {
  return parseFilters({ ...Object.fromEntries(search), outlets: search.getAll("outlets") });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Outlets come as repeated parameters (a GET form's checkboxes) or comma-separated (a hand-edited link).
function readOutlets(value: string | string[] | undefined, notes: string[]): string[] {
  const raw = (Array.isArray(value) ? value : value ? [value] : []).flatMap((item) => item.split(","));
  const ids = raw.map((item) => item.trim().toLowerCase()).filter(Boolean);
  const valid = ids.filter((id) => z.uuid().safeParse(id).success);
  if (valid.length < ids.length) notes.push(`Ignored ${ids.length - valid.length} outlet id(s) that are not ids.`);
  return [...new Set(valid)];
}

/** The URL search parameters of these filters, leaving defaults out so shared links stay short. */
export function filterParams(filters: CompareFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const outlet of filters.outlets) params.append("outlets", outlet);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.basis !== DEFAULT_FILTERS.basis) params.set("basis", filters.basis);
  if (filters.copies !== DEFAULT_FILTERS.copies) params.set("copies", filters.copies);
  if (filters.version !== null) params.set("version", String(filters.version));
  return params;
}

/**
 * Keeps the outlets that belong to the event; ids of other outlets are dropped with a note (all, if none is left).
 * Every outlet chosen is the same as none chosen, and is written so, to keep links short.
 */
export function keepEventOutlets(parsed: ParsedFilters, eventOutletIds: readonly string[]): ParsedFilters {
  const known = parsed.filters.outlets.filter((id) => eventOutletIds.includes(id));
  if (known.length > 0 && eventOutletIds.every((id) => known.includes(id)))
    return { ...parsed, filters: { ...parsed.filters, outlets: [] } };
  if (known.length === parsed.filters.outlets.length) return parsed;
  const dropped = parsed.filters.outlets.length - known.length;
  const note =
    known.length === 0
      ? `None of the chosen outlets covers this event, so every outlet is shown.`
      : `Ignored ${dropped} outlet(s) that did not cover this event.`;
  return { filters: { ...parsed.filters, outlets: known }, notes: [...parsed.notes, note] };
}

/** Keeps the version filter only if the codebook has that published version. */
export function keepKnownVersion(parsed: ParsedFilters, versions: readonly number[]): ParsedFilters {
  const { version } = parsed.filters;
  if (version === null || versions.includes(version)) return parsed;
  return {
    filters: { ...parsed.filters, version: null },
    notes: [...parsed.notes, `Ignored version=${version}: the codebook has no such published version.`],
  };
}

/** One comparison (event and filters) as a string: the same comparison asked for twice gives the same key. */
export function comparisonKey(eventId: string, filters: CompareFilters): string {
  return `${eventId}?${filterParams({ ...filters, outlets: [...filters.outlets].sort() })}`;
}
