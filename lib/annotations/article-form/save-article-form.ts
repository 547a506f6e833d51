import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { lockOpenAssignment } from "../open-assignment.ts";
import { TaggingError } from "../tagging-error.ts";
import type { ArticleFormInput } from "./article-form-input.ts";
import { checkArticleForm } from "./check-article-form.ts";

const withTones = { tones: { select: { actorId: true, tone: true }, orderBy: { actorId: "asc" } } } as const;

/**
 * Saves a reviewer's article-level form (frames, tone per actor) after the server's checks; an edit made on
 * an older revision than the stored one (another tab) is refused. Audited with before and after.
 */
export async function saveArticleForm(form: ArticleFormInput, reviewerId: string) {
  return db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, form.articleId, reviewerId);
    const { versionId } = await checkArticleForm(tx, form, reviewerId);
    const key = { articleId: form.articleId, reviewerId, layer: "REVIEWER" as const };
    const before = await tx.articleForm.findUnique({ where: { articleId_reviewerId_layer: key }, include: withTones });
    if ((before?.revision ?? null) !== form.revision)
      throw new TaggingError("This form was changed meanwhile (perhaps in another tab). Reload the article.");
    const after = await writeForm(tx, before?.id ?? null, { ...key, versionId }, form);
    await recordAudit(tx, {
      actorId: reviewerId,
      action: before ? "article_form.update" : "article_form.create",
      entityType: "article_form",
      entityId: after.id,
      before: before ? formSnapshot(before) : undefined,
      after: formSnapshot(after),
    });
    return after;
  });
}

async function writeForm(
  tx: Prisma.TransactionClient,
  id: string | null,
  owner: { articleId: string; reviewerId: string; layer: "REVIEWER"; versionId: string },
  form: ArticleFormInput,
) {
  const fields = { primaryFrameId: form.primaryFrameId, headlineFrameId: form.headlineFrameId };
  const tones = { create: form.tones };
  return id
    ? tx.articleForm.update({
        where: { id },
        data: { ...fields, revision: { increment: 1 }, tones: { deleteMany: {}, ...tones } },
        include: withTones,
      })
    : tx.articleForm.create({ data: { ...owner, ...fields, tones }, include: withTones });
}

function formSnapshot(form: Awaited<ReturnType<typeof writeForm>>) {
  return {
    primaryFrameId: form.primaryFrameId,
    headlineFrameId: form.headlineFrameId,
    tones: form.tones,
    revision: form.revision,
  };
}
