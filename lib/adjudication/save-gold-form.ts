import type { ArticleFormInput } from "../annotations/article-form/article-form-input.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { checkGoldForm } from "./check-gold-form.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";

const withTones = { tones: { select: { actorId: true, tone: true }, orderBy: { actorId: "asc" } } } as const;

/**
 * Saves the article's gold form (primary and headline frame, tone per actor), the one GOLD form of the article,
 * with the adjudicator who saved it last as its author. An edit of an older revision (another tab, another
 * adjudicator) is refused. Audited with before and after.
 */
export async function saveGoldForm(form: ArticleFormInput, adjudicatorId: string) {
  return db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, form.articleId, adjudicatorId);
    const { versionId } = await checkGoldForm(tx, form);
    const before = await tx.articleForm.findFirst({
      where: { articleId: form.articleId, layer: "GOLD" },
      include: withTones,
    });
    if ((before?.revision ?? null) !== form.revision)
      throw new AdjudicationError("The gold form was changed meanwhile (perhaps in another tab). Reload the page.");
    const after = await writeGoldForm(tx, before?.id ?? null, versionId, form, adjudicatorId);
    await recordAudit(tx, {
      actorId: adjudicatorId,
      action: before ? "article_form.update" : "article_form.create",
      entityType: "article_form",
      entityId: after.id,
      before: before ? formSnapshot(before) : undefined,
      after: formSnapshot(after),
    });
    return after;
  });
}

function writeGoldForm(
  tx: Prisma.TransactionClient,
  id: string | null,
  versionId: string,
  form: ArticleFormInput,
  adjudicatorId: string,
) {
  const fields = {
    reviewerId: adjudicatorId,
    versionId,
    primaryFrameId: form.primaryFrameId,
    headlineFrameId: form.headlineFrameId,
  };
  return id
    ? tx.articleForm.update({
        where: { id },
        data: { ...fields, revision: { increment: 1 }, tones: { deleteMany: {}, create: form.tones } },
        include: withTones,
      })
    : tx.articleForm.create({
        data: { ...fields, articleId: form.articleId, layer: "GOLD", tones: { create: form.tones } },
        include: withTones,
      });
}

function formSnapshot(form: Awaited<ReturnType<typeof writeGoldForm>>) {
  return {
    layer: form.layer,
    reviewerId: form.reviewerId,
    primaryFrameId: form.primaryFrameId,
    headlineFrameId: form.headlineFrameId,
    tones: form.tones,
    revision: form.revision,
  };
}
