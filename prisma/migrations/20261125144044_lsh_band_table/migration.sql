-- CreateTable
CREATE TABLE "article_lsh_bands" (
    "hash" INTEGER NOT NULL,
    "article_id" UUID NOT NULL,

    CONSTRAINT "article_lsh_bands_pkey" PRIMARY KEY ("hash","article_id")
);

-- Keep the band hashes of articles already stored (added by hand: a data step the diff cannot know).
INSERT INTO "article_lsh_bands" ("hash", "article_id")
SELECT DISTINCT band, id FROM "articles", unnest("lsh_bands") AS band WHERE "lsh_bands" IS NOT NULL;

-- DropIndex
DROP INDEX "articles_lsh_bands_idx";

-- AlterTable
ALTER TABLE "articles" DROP COLUMN "lsh_bands";

-- CreateIndex
CREATE INDEX "article_lsh_bands_article_id_idx" ON "article_lsh_bands"("article_id");

-- AddForeignKey
ALTER TABLE "article_lsh_bands" ADD CONSTRAINT "article_lsh_bands_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
