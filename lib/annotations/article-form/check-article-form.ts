import { DEFAULT_CODEBOOK } from "../../codebook/default-codebook.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { codebookVersionInUse } from "../codebook-version-in-use.ts";
import { TaggingError } from "../tagging-error.ts";
import type { ArticleFormInput } from "./article-form-input.ts";

/** The frames must be frame categories of the codebook version in use; toned actors, the event's own. */
export async function checkArticleForm(
  tx: Prisma.TransactionClient,
  form: ArticleFormInput,
  reviewerId: string,
): Promise<{ versionId: string }> {
  const article = await tx.article.findUnique({ where: { id: form.articleId }, select: { eventId: true } });
  if (!article) throw new TaggingError("This article no longer exists.");
  const codebook = await tx.codebook.findUniqueOrThrow({
    where: { slug: DEFAULT_CODEBOOK.slug },
    select: { id: true },
  });
  const versionId = await codebookVersionInUse(tx, form.articleId, reviewerId, codebook.id);
  if (!versionId) throw new TaggingError("No codebook version is published yet. Ask an admin to publish one.");
  const frameIds = [...new Set([form.primaryFrameId, form.headlineFrameId].filter((id) => id !== null))];
  const frames = await tx.codebookCategory.count({ where: { id: { in: frameIds }, versionId, kind: "FRAME" } });
  if (frames !== frameIds.length) throw new TaggingError("Choose the frames from this article's codebook.");
  const actorIds = form.tones.map((tone) => tone.actorId);
  const actors = article.eventId
    ? await tx.eventActor.count({ where: { id: { in: actorIds }, eventId: article.eventId } })
    : 0;
  if (actors !== actorIds.length) throw new TaggingError("Tone can only be given toward this event's actors.");
  return { versionId };
}
