-- DropForeignKey
ALTER TABLE "article_lsh_bands" DROP CONSTRAINT "article_lsh_bands_article_id_fkey";

-- DropIndex
DROP INDEX "article_lsh_bands_article_id_idx";

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "lsh_bands" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Hand-written below: data and trigger steps the schema diff cannot know.

-- Articles keep their band hashes, which the band index already holds.
UPDATE "articles" a SET "lsh_bands" = b.hashes
FROM (SELECT "article_id", array_agg("hash" ORDER BY "hash") AS hashes FROM "article_lsh_bands" GROUP BY "article_id") b
WHERE a."id" = b."article_id";

-- Deleting articles deletes their band rows, as the foreign key's cascade did, once per statement.
CREATE FUNCTION "delete_article_lsh_bands"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "article_lsh_bands" b
  USING "deleted_articles" d, unnest(d."lsh_bands") AS band(hash)
  WHERE b."hash" = band.hash AND b."article_id" = d."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "articles_delete_lsh_bands"
AFTER DELETE ON "articles" REFERENCING OLD TABLE AS "deleted_articles"
FOR EACH STATEMENT EXECUTE FUNCTION "delete_article_lsh_bands"();
