import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  filterParams,
  keepEventOutlets,
  keepKnownVersion,
  parseFilters,
  parseFilterSearch,
} from "./filters.ts";

const A = "0e3c1f3a-7d1e-4c55-9a4e-2f6b8e1d0a01";
const B = "0e3c1f3a-7d1e-4c55-9a4e-2f6b8e1d0a02";

describe("parseFilters", () => {
  it("defaults to every outlet, all dates, gold where adjudicated, copies per outlet, every version", () => {
    expect(parseFilters({})).toEqual({ filters: DEFAULT_FILTERS, notes: [] });
  });

  it("reads repeated and comma-separated outlets, dates, basis, copies and version", () => {
    const parsed = parseFilters({
      outlets: [A, `${B},${A}`],
      from: "2026-03-10",
      to: "2026-03-11",
      basis: "gold-only",
      copies: "once",
      version: "2",
    });
    expect(parsed).toEqual({
      filters: {
        outlets: [A, B],
        from: "2026-03-10",
        to: "2026-03-11",
        basis: "gold-only",
        copies: "once",
        version: 2,
      },
      notes: [],
    });
  });

  it("falls back to each default on its own with a note for what it ignored", () => {
    const parsed = parseFilters({
      outlets: ["nope", A],
      from: "2026-02-30",
      basis: "everyone",
      copies: "twice",
      version: "v2",
    });
    expect(parsed.filters).toEqual({ ...DEFAULT_FILTERS, outlets: [A] });
    expect(parsed.notes).toHaveLength(5);
    expect(parsed.notes[0]).toContain("outlet id");
    expect(parsed.notes.join(" ")).toContain("basis=“everyone”");
  });

  it("ignores dates in the wrong order", () => {
    const parsed = parseFilters({ from: "2026-03-12", to: "2026-03-10" });
    expect(parsed.filters.from).toBeNull();
    expect(parsed.filters.to).toBeNull();
    expect(parsed.notes[0]).toContain("after");
  });
});

describe("filterParams", () => {
  it("writes what differs from the defaults, and reads back the same filters", () => {
    const filters = { ...DEFAULT_FILTERS, outlets: [A, B], to: "2026-03-11", copies: "once" as const, version: 1 };
    const params = filterParams(filters);
    expect(params.toString()).toBe(`outlets=${A}&outlets=${B}&to=2026-03-11&copies=once&version=1`);
    expect(parseFilters({ outlets: params.getAll("outlets"), to: "2026-03-11", copies: "once", version: "1" })).toEqual(
      {
        filters,
        notes: [],
      },
    );
    expect(filterParams(DEFAULT_FILTERS).toString()).toBe("");
  });
});

describe("parseFilterSearch", () => {
  it("reads a query string back into the same filters, every repeated outlet kept", () => {
    const filters = { ...DEFAULT_FILTERS, outlets: [A, B], from: "2026-03-10", basis: "reviewers" as const };
    expect(parseFilterSearch(filterParams(filters))).toEqual({ filters, notes: [] });
  });
});

describe("keepEventOutlets", () => {
  it("drops outlets outside the event, shows all when none is left, and writes all chosen as none", () => {
    const parsed = parseFilters({ outlets: [A, B] });
    expect(keepEventOutlets(parsed, [A, "c"]).filters.outlets).toEqual([A]);
    expect(keepEventOutlets(parsed, [A]).filters.outlets).toEqual([]);
    expect(keepEventOutlets(parseFilters({ outlets: [A, B] }), [A, B])).toEqual({
      filters: DEFAULT_FILTERS,
      notes: [],
    });
    const none = keepEventOutlets(parsed, []);
    expect(none.filters.outlets).toEqual([]);
    expect(none.notes[0]).toContain("every outlet");
  });
});

describe("keepKnownVersion", () => {
  it("keeps a published version and drops an unknown one with a note", () => {
    expect(keepKnownVersion(parseFilters({ version: "2" }), [1, 2]).filters.version).toBe(2);
    const unknown = keepKnownVersion(parseFilters({ version: "7" }), [1, 2]);
    expect(unknown.filters.version).toBeNull();
    expect(unknown.notes[0]).toContain("version=7");
  });
});
