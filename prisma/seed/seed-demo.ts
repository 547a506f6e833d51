import { hashPassword } from "../../lib/users/password.ts";
import type { PrismaClient } from "../../lib/db/generated/client.ts";
import { validateCandidate, type ParsedRow } from "../../lib/import/normalized-article.ts";
import { saveArticles } from "../../lib/import/save/save-articles.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { ensureDefaultCodebook } from "../../lib/codebook/ensure-default-codebook.ts";
import { seedDemoTagging } from "./seed-demo-tagging.ts";
import { DEMO_ACTORS, DEMO_ARTICLES, DEMO_CLAIMS, DEMO_EVENT, DEMO_OUTLETS, type DemoArticle } from "./demo-data.ts";

// A fixed id lets the seed find its own event again on every run.
const DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de30";

/** Loads the demo users, outlets, event, articles and their tagging; running it again changes nothing. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  await seedDemoUsers(prisma);
  await seedDemoOutlets(prisma);
  await prisma.event.upsert({
    where: { id: DEMO_EVENT_ID },
    update: {},
    create: {
      id: DEMO_EVENT_ID,
      title: DEMO_EVENT.title,
      description: DEMO_EVENT.description,
      startsOn: new Date(DEMO_EVENT.startsOn),
      endsOn: new Date(DEMO_EVENT.endsOn),
    },
  });
  await seedDemoActorsAndClaims(prisma);
  // Through the import path, so demo articles get the same fingerprints and syndication links as imports.
  const rows = DEMO_ARTICLES.map((article, index) => demoRow(index + 1, article));
  await prisma.$transaction((tx) =>
    saveArticles(tx, rows, {
      eventId: DEMO_EVENT_ID,
      batchId: null,
      source: { kind: "demo", name: "demo dataset" },
      actorId: null,
    }),
  );
  // The demo tags are made under the shipped codebook, which a database being prepared already has.
  await ensureDefaultCodebook(prisma);
  await seedDemoTagging(prisma, DEMO_EVENT_ID);
}

async function seedDemoUsers(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await prisma.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
  }
}

async function seedDemoOutlets(prisma: PrismaClient): Promise<void> {
  for (const { domains, ...outlet } of DEMO_OUTLETS) {
    await prisma.outlet.upsert({
      where: { name: outlet.name },
      update: {},
      create: { ...outlet, domains: { create: domains.map((domain) => ({ domain })) } },
    });
  }
}

// Only into an event without any, so a re-run neither adds rows nor brings back what an editor renamed or
// removed; skipDuplicates covers two instances seeding at once.
async function seedDemoActorsAndClaims(prisma: PrismaClient): Promise<void> {
  const eventId = DEMO_EVENT_ID;
  if ((await prisma.eventActor.count({ where: { eventId } })) === 0)
    await prisma.eventActor.createMany({
      data: DEMO_ACTORS.map((actor, position) => ({ eventId, ...actor, position })),
      skipDuplicates: true,
    });
  if ((await prisma.eventClaim.count({ where: { eventId } })) === 0)
    await prisma.eventClaim.createMany({
      data: DEMO_CLAIMS.map((claim, position) => ({ eventId, ...claim, position })),
      skipDuplicates: true,
    });
}

function demoRow(row: number, article: DemoArticle): ParsedRow {
  const parsed = validateCandidate(row, {
    ...article,
    url: article.canonicalUrl,
    publishedAt: new Date(article.publishedAt),
    language: "en",
  });
  if (Array.isArray(parsed))
    throw new Error(`Demo article "${article.title}" is invalid: ${parsed.map((e) => e.reason).join(" ")}`);
  return parsed;
}
