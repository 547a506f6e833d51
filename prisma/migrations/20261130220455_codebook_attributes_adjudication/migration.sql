-- CreateEnum
CREATE TYPE "AdjudicationVerdict" AS ENUM ('ACCEPTED', 'EDITED', 'REJECTED');

-- AlterTable
ALTER TABLE "codebook_categories" ADD COLUMN     "attributes" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "adjudications" (
    "article_id" UUID NOT NULL,
    "adjudicator_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "adjudications_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "adjudication_decisions" (
    "annotation_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "adjudicator_id" UUID NOT NULL,
    "verdict" "AdjudicationVerdict" NOT NULL,
    "gold_annotation_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adjudication_decisions_pkey" PRIMARY KEY ("annotation_id")
);

-- CreateIndex
CREATE INDEX "adjudications_completed_at_idx" ON "adjudications"("completed_at");

-- CreateIndex
CREATE INDEX "adjudication_decisions_article_id_idx" ON "adjudication_decisions"("article_id");

-- CreateIndex
CREATE INDEX "adjudication_decisions_gold_annotation_id_idx" ON "adjudication_decisions"("gold_annotation_id");

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_adjudicator_id_fkey" FOREIGN KEY ("adjudicator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudication_decisions" ADD CONSTRAINT "adjudication_decisions_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudication_decisions" ADD CONSTRAINT "adjudication_decisions_gold_annotation_id_fkey" FOREIGN KEY ("gold_annotation_id") REFERENCES "annotations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudication_decisions" ADD CONSTRAINT "adjudication_decisions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudication_decisions" ADD CONSTRAINT "adjudication_decisions_adjudicator_id_fkey" FOREIGN KEY ("adjudicator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An article has at most one gold form (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "article_forms_gold_key" ON "article_forms"("article_id") WHERE "layer" = 'GOLD';
