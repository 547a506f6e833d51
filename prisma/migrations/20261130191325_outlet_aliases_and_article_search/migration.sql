-- AlterTable
ALTER TABLE "outlets" ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "articles_imported_at_idx" ON "articles"("imported_at");

-- Full-text search of the articles list (title and body). An expression index: Prisma's schema cannot
-- declare it, and its drift check leaves expression indexes alone.
CREATE INDEX "articles_search_idx" ON "articles" USING gin (to_tsvector('english', "title" || ' ' || "body_text"));
