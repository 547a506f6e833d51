import { contentHash, countWords, normalizeBodyText } from "../../lib/articles/body-text.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import type { PrismaClient } from "../../lib/db/generated/client.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { DEMO_ARTICLES, DEMO_EVENT, DEMO_OUTLETS, type DemoArticle } from "./demo-data.ts";

// A fixed id lets the seed find its own event again on every run.
const DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de30";

/** Loads the demo users, outlets, event and articles; running it again changes nothing. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  await seedDemoUsers(prisma);
  const outletIds = await seedDemoOutlets(prisma);
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
  for (const article of DEMO_ARTICLES) {
    await seedDemoArticle(prisma, article, outletIds.get(article.outlet));
  }
}

async function seedDemoUsers(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await prisma.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
  }
}

async function seedDemoOutlets(prisma: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { domains, ...outlet } of DEMO_OUTLETS) {
    const saved = await prisma.outlet.upsert({
      where: { name: outlet.name },
      update: {},
      create: { ...outlet, domains: { create: domains.map((domain) => ({ domain })) } },
    });
    ids.set(saved.name, saved.id);
  }
  return ids;
}

async function seedDemoArticle(prisma: PrismaClient, article: DemoArticle, outletId: string | undefined) {
  if (!outletId) throw new Error(`Demo article "${article.title}" names an unknown outlet: ${article.outlet}`);
  const bodyText = normalizeBodyText(article.body);
  await prisma.article.upsert({
    where: { outletId_canonicalUrl: { outletId, canonicalUrl: article.canonicalUrl } },
    update: {},
    create: {
      outletId,
      eventId: DEMO_EVENT_ID,
      title: article.title,
      byline: article.byline,
      publishedAt: new Date(article.publishedAt),
      canonicalUrl: article.canonicalUrl,
      bodyText,
      language: "en",
      wordCount: countWords(bodyText),
      contentHash: contentHash(bodyText),
      provenance: { source: "demo-seed" },
    },
  });
}
