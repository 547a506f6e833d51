import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import { DEFAULT_CODEBOOK } from "./default-codebook.ts";

/**
 * Publishes each shipped version of the default codebook that the deployment lacks, in order, so a new
 * deployment can be tagged at once. Once an admin has published a version of their own, shipped versions stop
 * arriving: theirs is the codebook now. Published versions are never edited.
 */
export async function ensureDefaultCodebook(prisma: PrismaClient): Promise<void> {
  const codebook = await prisma.codebook.upsert({
    where: { slug: DEFAULT_CODEBOOK.slug },
    update: {},
    create: { slug: DEFAULT_CODEBOOK.slug, name: DEFAULT_CODEBOOK.name, description: DEFAULT_CODEBOOK.description },
  });
  const existing = await prisma.codebookVersion.findMany({
    where: { codebookId: codebook.id },
    select: { version: true, createdById: true },
  });
  if (existing.some((version) => version.createdById !== null)) return;
  for (const [index, shipped] of DEFAULT_CODEBOOK.versions.entries()) {
    const version = index + 1;
    if (existing.some((row) => row.version === version)) continue;
    await ignoreUniqueViolation(
      prisma.codebookVersion.create({
        data: {
          codebookId: codebook.id,
          version,
          notes: shipped.notes,
          publishedAt: new Date(),
          categories: {
            create: shipped.categories.map(({ attributes, ...category }, position) => ({
              ...category,
              attributes: attributes ?? [],
              position,
            })),
          },
        },
      }),
    );
  }
}

// Two app instances starting together may both try; the loser finds the winner's version in place.
async function ignoreUniqueViolation(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
