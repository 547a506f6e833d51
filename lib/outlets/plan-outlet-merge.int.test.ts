import { describe, expect, it } from "vitest";
import { makeArticle, makeOutlet } from "../../test/factories.ts";
import { planOutletMerge } from "./plan-outlet-merge.ts";
import { tagArticle } from "./test-tags.ts";

describe("planOutletMerge", () => {
  it("counts the articles that move and lists the duplicates to drop and the tagged ones that block", async () => {
    const [source, target] = await Promise.all([makeOutlet("Plan Source"), makeOutlet("Plan Target")]);
    await makeArticle(source.id, null);
    await makeArticle(target.id, null, "Stored by both, untagged.");
    const untagged = await makeArticle(source.id, null, "Stored by both, untagged.");
    await makeArticle(target.id, null, "Stored by both, tagged.");
    const tagged = await makeArticle(source.id, null, "Stored by both, tagged.");
    await tagArticle(tagged.id);

    expect(await planOutletMerge(source.id, target.id)).toEqual({
      movingArticles: 1,
      droppedArticles: [{ id: untagged.id, title: untagged.title }],
      taggedDuplicates: [{ id: tagged.id, title: tagged.title }],
    });
  });
});
