// For the merge tests: a reviewer's tag on an article, which a merge must never delete.
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { makeUser } from "../../test/factories.ts";

export async function tagArticle(articleId: string) {
  await ensureDefaultCodebook(db());
  const [category, reviewer] = await Promise.all([db().codebookCategory.findFirstOrThrow(), makeUser("REVIEWER")]);
  const { bodyText } = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  return db().annotation.create({
    data: {
      articleId,
      categoryId: category.id,
      reviewerId: reviewer.id,
      startOffset: 0,
      endOffset: 6,
      quotedText: bodyText.slice(0, 6),
    },
  });
}
