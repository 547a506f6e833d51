-- AlterTable
ALTER TABLE "import_batches" ADD COLUMN     "approved_outlets" TEXT[] DEFAULT ARRAY[]::TEXT[];
