import type { ArticleFormInput } from "../annotations/article-form/article-form-input.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { goldCodebookVersion } from "./gold-codebook-version.ts";

/** As a reviewer's form is checked: frames of the gold's codebook version, tone toward the event's own actors. */
export async function checkGoldForm(
  tx: Prisma.TransactionClient,
  form: ArticleFormInput,
): Promise<{ versionId: string }> {
  const article = await tx.article.findUnique({ where: { id: form.articleId }, select: { eventId: true } });
  if (!article) throw new AdjudicationError("This article no longer exists.");
  const versionId = await goldCodebookVersion(tx, form.articleId);
  if (!versionId) throw new AdjudicationError("No codebook version is published yet. Ask an admin to publish one.");
  const frameIds = [...new Set([form.primaryFrameId, form.headlineFrameId].filter((id) => id !== null))];
  const frames = await tx.codebookCategory.count({ where: { id: { in: frameIds }, versionId, kind: "FRAME" } });
  if (frames !== frameIds.length) throw new AdjudicationError("Choose the frames from this article's codebook.");
  const actorIds = form.tones.map((tone) => tone.actorId);
  const actors = article.eventId
    ? await tx.eventActor.count({ where: { id: { in: actorIds }, eventId: article.eventId } })
    : 0;
  if (actors !== actorIds.length) throw new AdjudicationError("Tone can only be given toward this event's actors.");
  return { versionId };
}
