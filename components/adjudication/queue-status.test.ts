import { describe, expect, it } from "vitest";
import type { QueueArticle } from "@/lib/adjudication/queries/list-adjudication-queue";
import { describeQueueState, queueState } from "./queue-status";

const article = (fields: Partial<QueueArticle>): QueueArticle => ({
  articleId: "a",
  title: "T",
  outletName: "O",
  eventId: null,
  eventTitle: null,
  reviewerNames: ["Ravi", "Rosa"],
  reviewerTags: 14,
  decided: 0,
  startedAt: null,
  completedAt: null,
  adjudicatorName: null,
  ...fields,
});

describe("queue status", () => {
  it("says whether gold is not started, under way with its progress, or complete by whom and when", () => {
    expect(describeQueueState(article({}))).toBe("Not started · 14 reviewer tags");
    const started = article({ startedAt: new Date(), decided: 5, adjudicatorName: "Elena" });
    expect([queueState(started), describeQueueState(started)]).toEqual([
      "in-progress",
      "In progress · 5 of 14 decided",
    ]);
    const done = article({
      startedAt: new Date(),
      completedAt: new Date("2026-12-03T10:00:00Z"),
      adjudicatorName: "Elena",
    });
    expect(describeQueueState(done)).toBe("Gold complete · Elena, 3 Dec 2026");
  });
});
