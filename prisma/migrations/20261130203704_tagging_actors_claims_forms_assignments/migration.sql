-- CreateEnum
CREATE TYPE "AnnotationLayer" AS ENUM ('REVIEWER', 'GOLD');

-- AlterEnum
ALTER TYPE "CategoryKind" ADD VALUE 'NAMING';

-- AlterTable
ALTER TABLE "annotations" ADD COLUMN     "actor_id" UUID,
ADD COLUMN     "claim_id" UUID,
ADD COLUMN     "layer" "AnnotationLayer" NOT NULL DEFAULT 'REVIEWER',
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "event_actors" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_claims" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "detail" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_forms" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "layer" "AnnotationLayer" NOT NULL DEFAULT 'REVIEWER',
    "version_id" UUID NOT NULL,
    "primary_frame_id" UUID,
    "headline_frame_id" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_forms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_tones" (
    "form_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "tone" INTEGER NOT NULL,

    CONSTRAINT "article_tones_pkey" PRIMARY KEY ("form_id","actor_id")
);

-- CreateTable
CREATE TABLE "assignments" (
    "article_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "assigned_by_id" UUID,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("article_id","reviewer_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_actors_event_id_name_key" ON "event_actors"("event_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "event_claims_event_id_label_key" ON "event_claims"("event_id", "label");

-- CreateIndex
CREATE UNIQUE INDEX "article_forms_article_id_reviewer_id_layer_key" ON "article_forms"("article_id", "reviewer_id", "layer");

-- CreateIndex
CREATE INDEX "article_tones_actor_id_idx" ON "article_tones"("actor_id");

-- CreateIndex
CREATE INDEX "assignments_reviewer_id_submitted_at_idx" ON "assignments"("reviewer_id", "submitted_at");

-- CreateIndex
CREATE INDEX "annotations_article_id_layer_idx" ON "annotations"("article_id", "layer");

-- CreateIndex
CREATE INDEX "annotations_actor_id_idx" ON "annotations"("actor_id");

-- CreateIndex
CREATE INDEX "annotations_claim_id_idx" ON "annotations"("claim_id");

-- AddForeignKey
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_claims" ADD CONSTRAINT "event_claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "event_actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "event_claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_forms" ADD CONSTRAINT "article_forms_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_forms" ADD CONSTRAINT "article_forms_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_forms" ADD CONSTRAINT "article_forms_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "codebook_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_forms" ADD CONSTRAINT "article_forms_primary_frame_id_fkey" FOREIGN KEY ("primary_frame_id") REFERENCES "codebook_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_forms" ADD CONSTRAINT "article_forms_headline_frame_id_fkey" FOREIGN KEY ("headline_frame_id") REFERENCES "codebook_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tones" ADD CONSTRAINT "article_tones_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "article_forms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tones" ADD CONSTRAINT "article_tones_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "event_actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants Prisma's schema cannot state; lib/annotations checks them first with messages users can act on.
ALTER TABLE "article_tones" ADD CONSTRAINT "article_tones_tone_range" CHECK ("tone" BETWEEN -2 AND 2);
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_span_order" CHECK ("start_offset" >= 0 AND "start_offset" < "end_offset");
