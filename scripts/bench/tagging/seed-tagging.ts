import { createTag } from "../../../lib/annotations/create-tag.ts";
import { categoriesInUse } from "../../../lib/annotations/queries/categories-in-use.ts";
import type { TextSpan } from "../../../lib/annotations/text/span.ts";
import { pickArticle } from "../../../lib/assignments/pick-article.ts";
import { db } from "../../../lib/db/client.ts";
import { createStandaloneEvent } from "../../../lib/events/create-event.ts";
import { validateCandidate } from "../../../lib/import/normalized-article.ts";
import { saveArticles } from "../../../lib/import/save/save-articles.ts";
import { hashPassword } from "../../../lib/users/password.ts";
import { BENCH_ACTORS } from "./article-words.ts";
import type { GeneratedArticle } from "./generate-article.ts";
import { planTags, untaggedWords } from "./plan-tags.ts";

export const BENCH_REVIEWER = { email: "bench-reviewer@framewise.example", password: "framewise-bench-reviewer" };
const ARTICLE_URL = "https://gazette.example/2026/04/02/harbour-strike-long-read";

export interface SeededArticle {
  articleId: string;
  tags: number;
  /** Untagged words, in reading order, for the benchmark to tag. */
  targets: TextSpan[];
  /** Labels of a few frame categories, whose keys the benchmark presses in turn. */
  frameLabels: string[];
}

/**
 * What the benchmark needs in an empty database (migrated, default codebook loaded): a reviewer, an event with
 * actors, the generated article in it, assigned to the reviewer, and `tagCount` tags of theirs, each written
 * through the same checked, audited path as the workspace's (categories of the codebook version in use).
 */
export async function seedTaggingBench(
  article: GeneratedArticle,
  tagCount: number,
  targetCount: number,
): Promise<SeededArticle> {
  const reviewerId = await createReviewer();
  const eventId = await createStandaloneEvent({ title: "Harbour strike (benchmark)" });
  const actors = await createActors(eventId);
  const articleId = await saveArticle(eventId, article.body);
  await pickArticle(articleId, reviewerId);
  const categories = await categoriesInUse(articleId, reviewerId);
  const planned = planTags(article, categories, tagCount);
  for (const tag of planned) {
    await createTag(
      {
        articleId,
        categoryId: tag.categoryId,
        startOffset: tag.start,
        endOffset: tag.end,
        quotedText: article.body.slice(tag.start, tag.end),
        attributes: tag.attributes,
        actorId: tag.actor === null ? null : actors[tag.actor],
        claimId: null,
      },
      reviewerId,
    );
  }
  return {
    articleId,
    tags: planned.length,
    targets: untaggedWords(article, planned, targetCount),
    frameLabels: categories
      .filter((category) => category.kind === "FRAME")
      .map((category) => category.label)
      .slice(0, 3),
  };
}

async function createReviewer(): Promise<string> {
  const user = await db().user.create({
    data: {
      email: BENCH_REVIEWER.email,
      name: "Bench Reviewer",
      role: "REVIEWER",
      passwordHash: await hashPassword(BENCH_REVIEWER.password),
    },
  });
  return user.id;
}

/** The event's actors, in BENCH_ACTORS order, as the demo seed writes them. */
async function createActors(eventId: string): Promise<string[]> {
  await db().eventActor.createMany({
    data: BENCH_ACTORS.map((actor, position) => ({ eventId, name: actor.name, aliases: [...actor.aliases], position })),
  });
  const stored = await db().eventActor.findMany({ where: { eventId }, orderBy: { position: "asc" } });
  return stored.map((actor) => actor.id);
}

/** Through the import path, like every article; the generated body is already as the import stores it. */
async function saveArticle(eventId: string, body: string): Promise<string> {
  const row = validateCandidate(1, {
    outlet: "Calder Gazette",
    url: ARTICLE_URL,
    title: "Ten days that stopped the harbour: the strike, hour by hour",
    byline: "By the Benchmark Desk",
    publishedAt: new Date("2026-04-02T06:00:00Z"),
    language: "en",
    body,
  });
  if (Array.isArray(row)) throw new Error(`The generated article is invalid: ${row.map((e) => e.reason).join(" ")}`);
  await db().$transaction((tx) =>
    saveArticles(tx, [row], { eventId, batchId: null, source: { kind: "demo", name: "benchmark" }, actorId: null }),
  );
  const stored = await db().article.findFirstOrThrow({
    where: { canonicalUrl: ARTICLE_URL },
    select: { id: true, bodyText: true },
  });
  if (stored.bodyText !== body) throw new Error("The stored body differs from the generated one: tags would not fit.");
  return stored.id;
}
