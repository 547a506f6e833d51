import { describe, expect, it } from "vitest";
import { balanceAssignments, type ArticleAssignees, type NewAssignment } from "./balance-assignments.ts";

const unassigned = (...ids: string[]): ArticleAssignees[] => ids.map((articleId) => ({ articleId, reviewerIds: [] }));

function loadsOf(assignments: NewAssignment[], start: Record<string, number> = {}) {
  const loads = { ...start };
  for (const { reviewerId } of assignments) loads[reviewerId] = (loads[reviewerId] ?? 0) + 1;
  return loads;
}

function reviewersPerArticle(assignments: NewAssignment[]) {
  const per: Record<string, string[]> = {};
  for (const { articleId, reviewerId } of assignments) (per[articleId] ??= []).push(reviewerId);
  return per;
}

describe("balanceAssignments", () => {
  it("gives every article the asked number of distinct reviewers, loads within one", () => {
    const articles = unassigned("a1", "a2", "a3", "a4", "a5");
    const result = balanceAssignments({
      articles,
      reviewerIds: ["r1", "r2", "r3"],
      perArticle: 2,
      openLoads: new Map(),
    });
    const per = reviewersPerArticle(result);
    expect(Object.keys(per)).toHaveLength(5);
    for (const reviewers of Object.values(per)) expect(new Set(reviewers).size).toBe(2);
    const loads = Object.values(loadsOf(result));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((sum, load) => sum + load, 0)).toBe(10);
  });

  it("counts open assignments, so the less busy reviewer gets the new work", () => {
    const result = balanceAssignments({
      articles: unassigned("a1", "a2", "a3"),
      reviewerIds: ["r1", "r2", "r3"],
      perArticle: 1,
      openLoads: new Map([
        ["r1", 2],
        ["r2", 1],
      ]),
    });
    expect(loadsOf(result, { r1: 2, r2: 1, r3: 0 })).toEqual({ r1: 2, r2: 2, r3: 2 });
  });

  it("counts existing assignees towards the number and never assigns anyone twice", () => {
    const result = balanceAssignments({
      articles: [
        { articleId: "a1", reviewerIds: ["r1"] },
        { articleId: "a2", reviewerIds: ["r1", "someone-else"] },
        { articleId: "a3", reviewerIds: [] },
      ],
      reviewerIds: ["r1", "r2"],
      perArticle: 2,
      openLoads: new Map([["r1", 2]]),
    });
    expect(result).toEqual([
      { articleId: "a1", reviewerId: "r2" },
      { articleId: "a3", reviewerId: "r2" },
      { articleId: "a3", reviewerId: "r1" },
    ]);
  });

  it("gives the same assignments whatever order the inputs come in", () => {
    const input = { perArticle: 2, openLoads: new Map([["r2", 1]]) };
    const one = balanceAssignments({
      ...input,
      articles: unassigned("a1", "a2", "a3"),
      reviewerIds: ["r1", "r2", "r3"],
    });
    const other = balanceAssignments({
      ...input,
      articles: unassigned("a3", "a1", "a2"),
      reviewerIds: ["r3", "r2", "r1"],
    });
    expect(other).toEqual(one);
  });

  it("assigns nothing to articles that already have enough reviewers", () => {
    const articles = [{ articleId: "a1", reviewerIds: ["r1", "r2"] }];
    expect(balanceAssignments({ articles, reviewerIds: ["r1", "r3"], perArticle: 2, openLoads: new Map() })).toEqual(
      [],
    );
  });
});
