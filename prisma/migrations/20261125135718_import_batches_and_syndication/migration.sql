-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEW', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "batch_id" UUID,
ADD COLUMN     "lsh_bands" INTEGER[],
ADD COLUMN     "minhash" INTEGER[],
ADD COLUMN     "syndicated_from_id" UUID,
ADD COLUMN     "syndication_similarity" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "created_by_id" UUID,
    "source_kind" TEXT NOT NULL,
    "source_name" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "event_id" UUID,
    "columns" JSONB NOT NULL DEFAULT '[]',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "created_count" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_rows" (
    "batch_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "article" JSONB NOT NULL,

    CONSTRAINT "import_rows_pkey" PRIMARY KEY ("batch_id","row_number")
);

-- CreateIndex
CREATE INDEX "import_batches_created_by_id_created_at_idx" ON "import_batches"("created_by_id", "created_at");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE INDEX "articles_lsh_bands_idx" ON "articles" USING GIN ("lsh_bands");

-- CreateIndex
CREATE UNIQUE INDEX "articles_outlet_id_content_hash_key" ON "articles"("outlet_id", "content_hash");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_syndicated_from_id_fkey" FOREIGN KEY ("syndicated_from_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
