import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import { DEFAULT_CODEBOOK } from "./default-codebook.ts";

/**
 * Makes sure version 1 of the default codebook exists, so a new deployment can be tagged at once.
 * Existing versions are never edited: changes to the definitions ship as a new version.
 */
export async function ensureDefaultCodebook(prisma: PrismaClient): Promise<void> {
  const codebook = await prisma.codebook.upsert({
    where: { slug: DEFAULT_CODEBOOK.slug },
    update: {},
    create: { slug: DEFAULT_CODEBOOK.slug, name: DEFAULT_CODEBOOK.name, description: DEFAULT_CODEBOOK.description },
  });
  const existing = await prisma.codebookVersion.findFirst({ where: { codebookId: codebook.id } });
  if (existing) return;
  await ignoreUniqueViolation(
    prisma.codebookVersion.create({
      data: {
        codebookId: codebook.id,
        version: 1,
        notes: "Default codebook shipped with Framewise.",
        publishedAt: new Date(),
        categories: {
          create: DEFAULT_CODEBOOK.categories.map((category, position) => ({ ...category, position })),
        },
      },
    }),
  );
}

// Two app instances starting together may both try; the loser finds the winner's version in place.
async function ignoreUniqueViolation(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
