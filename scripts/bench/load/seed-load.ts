import { createTag } from "../../../lib/annotations/create-tag.ts";
import { categoriesInUse, type CategoryInUse } from "../../../lib/annotations/queries/categories-in-use.ts";
import { findWorkspaceTag } from "../../../lib/annotations/queries/workspace-tag.ts";
import { tagInputSchema } from "../../../lib/annotations/tag-input.ts";
import { pickArticle } from "../../../lib/assignments/pick-article.ts";
import { db } from "../../../lib/db/client.ts";
import { hashPassword } from "../../../lib/users/password.ts";
import { generateData } from "../compare/generate-data.ts";
import { generateArticle } from "../tagging/generate-article.ts";
import { Reviewer } from "./reviewer-work.ts";

export const LOAD_PASSWORD = "framewise-bench-load";
// generateData's first event.
const EVENT_ID = "00000000-0000-4000-8002-000000000001";

export interface LoadShape {
  outlets: number;
  articlesPerOutlet: number;
  /** Words of generated text each article gets after the passages generateData tags. */
  words: number;
  reviewers: number;
  editors: number;
  /** Tags each reviewer has saved before the run, for the first edits and deletes. */
  seedTags: number;
}

export interface SeededLoad {
  eventId: string;
  articles: number;
  reviewers: Reviewer[];
  editors: { email: string }[];
  categories: CategoryInUse[];
}

const email = (kind: string, n: number) => `load-${kind}-${String(n + 1).padStart(2, "0")}@framewise.example`;

/**
 * One event of `outlets` × `articlesPerOutlet` articles, already tagged by two coders (most submitted, a fifth
 * adjudicated: what the comparison shows), plus the benchmark's reviewers, each with an equal share of the
 * articles in their queue (picked up as in the app) and `seedTags` tags saved through the workspace's write path,
 * and its editors.
 */
export async function seedLoad(shape: LoadShape): Promise<SeededLoad> {
  const articleCount = shape.outlets * shape.articlesPerOutlet;
  await generateData(db(), { events: 1, outlets: shape.outlets, articles: articleCount, tagsPerArticle: 10 });
  const tail = generateArticle(shape.words);
  await db().$executeRaw`
    UPDATE articles SET body_text = body_text || ${`\n\n${tail.body}`}, word_count = word_count + ${tail.words}`;
  const ids = await createUsers(shape);
  const articles = await db().article.findMany({
    where: { eventId: EVENT_ID },
    orderBy: { id: "asc" },
    select: { id: true, bodyText: true },
  });
  const offset = articles[0].bodyText.length - tail.body.length;
  const spans = tail.plainWords.map((span) => ({ start: span.start + offset, end: span.end + offset }));
  const categories = await categoriesInUse(articles[0].id, ids.reviewers[0]);
  const reviewers = ids.reviewers.map((id, r) => {
    const queue = articles.filter((_, i) => i % ids.reviewers.length === r);
    return new Reviewer(
      id,
      email("reviewer", r),
      queue.map((a) => ({ id: a.id, body: a.bodyText, spans })),
      categories,
    );
  });
  // A few at a time: the pool has ten connections, and picking up takes the event's assignment lock anyway.
  for (let at = 0; at < reviewers.length; at += 5)
    await Promise.all(reviewers.slice(at, at + 5).map((reviewer) => startWork(reviewer, shape.seedTags)));
  await db().$executeRaw`ANALYZE`;
  return { eventId: EVENT_ID, articles: articleCount, reviewers, editors: ids.editors, categories };
}

async function createUsers(shape: LoadShape) {
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const create = async (kind: "reviewer" | "editor", count: number) => {
    const emails = Array.from({ length: count }, (_, n) => email(kind, n));
    const role = kind === "reviewer" ? "REVIEWER" : "EDITOR";
    await db().user.createMany({
      data: emails.map((address, n) => ({ email: address, name: `Load ${kind} ${n + 1}`, role, passwordHash })),
    });
    return db().user.findMany({ where: { email: { in: emails } }, orderBy: { email: "asc" }, select: { id: true } });
  };
  const reviewers = (await create("reviewer", shape.reviewers)).map((user) => user.id);
  const editors = Array.from({ length: shape.editors }, (_, n) => ({ email: email("editor", n) }));
  await create("editor", shape.editors);
  return { reviewers, editors };
}

/** The reviewer picks up their share of the articles and saves their first tags, as in the workspace. */
async function startWork(reviewer: Reviewer, seedTags: number) {
  for (const article of reviewer.articles) await pickArticle(article.id, reviewer.id);
  for (let n = 0; n < seedTags; n++) {
    const { articleId, fields } = reviewer.nextTag();
    const created = await createTag(tagInputSchema.parse({ ...fields, articleId }), reviewer.id);
    const tag = await findWorkspaceTag(created.id, reviewer.id);
    if (!tag) throw new Error(`The seeded tag ${created.id} is not in ${reviewer.email}'s workspace.`);
    reviewer.keep({ articleId, tag });
  }
}
