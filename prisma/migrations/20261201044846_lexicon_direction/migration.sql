-- AlterTable
ALTER TABLE "lexicon_entries" ADD COLUMN     "direction" TEXT;

-- The same two values the loaded-language attribute takes (lib/annotations/attributes.ts DIRECTIONS).
ALTER TABLE "lexicon_entries" ADD CONSTRAINT "lexicon_entries_direction_check"
  CHECK ("direction" IS NULL OR "direction" IN ('unfavourable', 'favourable'));
