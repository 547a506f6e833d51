import { describe, expect, it } from "vitest";
import type { EventSummary } from "@/lib/events/queries";
import { coverageSummary } from "./coverage-summary";

const event = (counting: EventSummary["counting"], totalArticles: number): EventSummary => ({
  id: "e",
  title: "Quake",
  description: null,
  startsOn: null,
  endsOn: null,
  counting,
  totalArticles,
  totalSyndicatedCopies: 1,
  coverage: [
    { outletId: "w", outletName: "Wire", articles: 1, syndicatedCopies: 0 },
    { outletId: "p", outletName: "Paper", articles: counting === "once" ? 0 : 1, syndicatedCopies: 1 },
  ],
});

describe("coverageSummary", () => {
  it("gives the same number of articles run in both modes, and says what counting once leaves out", () => {
    expect(coverageSummary(event("per-outlet", 2))).toBe("2 outlets ran 2 articles, 1 syndicated copy among them");
    expect(coverageSummary(event("once", 1))).toBe(
      "2 outlets ran 2 articles: 1 counted, 1 syndicated copy not counted",
    );
  });
});
