import { hashPassword } from "../../lib/users/password.ts";
import type { PrismaClient } from "../../lib/db/generated/client.ts";
import { validateCandidate, type ParsedRow } from "../../lib/import/normalized-article.ts";
import { saveArticles } from "../../lib/import/save/save-articles.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { DEMO_ARTICLES, DEMO_EVENT, DEMO_OUTLETS, type DemoArticle } from "./demo-data.ts";

// A fixed id lets the seed find its own event again on every run.
const DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de30";

/** Loads the demo users, outlets, event and articles; running it again changes nothing. */
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
