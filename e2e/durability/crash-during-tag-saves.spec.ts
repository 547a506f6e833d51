import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { callServerAction, serverActionId } from "../access-matrix/server-action.ts";
import { startDedicatedServer, type DedicatedServer } from "./dedicated-server.ts";
import { signedIn } from "./sign-in.ts";

// Issue 13, "nothing lost": the app server is SIGKILLed while several clients save tags as fast as they can.
// Every save the server answered with success must be stored after the restart, and sending the saves that
// were cut off again (as the workspace does) must make each tag once.
test.describe.configure({ timeout: 300_000 });

const TAGGING_ACTIONS = "app/(app)/tagging/[articleId]/actions.ts";
const CLIENTS_PER_ARTICLE = 2;
const KILL_AFTER_ACKNOWLEDGED = 30;

let server: DedicatedServer;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startDedicatedServer("tag-burst", { port: 3631, pgPort: 55632 });
});
test.afterAll(async () => server?.close());

interface OpenArticle {
  id: string;
  body_text: string;
  category_id: string;
  reviewer_id: string;
}

/** Ravi's open demo articles, each with a frame of the codebook version he tags it under. */
async function openArticles(): Promise<OpenArticle[]> {
  const { rows } = await server.sql.query<OpenArticle>(`
    SELECT a.id, a.body_text, s.reviewer_id, (
      SELECT c.id FROM codebook_categories c WHERE c.kind = 'FRAME' AND c.version_id = COALESCE(
        (SELECT k.version_id FROM annotations t JOIN codebook_categories k ON k.id = t.category_id
         WHERE t.article_id = a.id AND t.reviewer_id = s.reviewer_id AND t.layer = 'REVIEWER' LIMIT 1),
        (SELECT v.id FROM codebook_versions v WHERE v.published_at IS NOT NULL ORDER BY v.version DESC LIMIT 1))
      ORDER BY c.position LIMIT 1) AS category_id
    FROM assignments s JOIN articles a ON a.id = s.article_id JOIN users u ON u.id = s.reviewer_id
    WHERE u.email = 'reviewer@framewise.example' AND s.submitted_at IS NULL`);
  return rows;
}

/** Tags for one word after another of the article, each under a fresh id, as a workspace would send them. */
function* newTags(article: OpenArticle, offset: number) {
  const words = [...article.body_text.matchAll(/\p{L}+/gu)];
  for (let index = offset; ; index += CLIENTS_PER_ARTICLE) {
    const word = words[index % words.length]!;
    yield {
      id: randomUUID(),
      articleId: article.id,
      categoryId: article.category_id,
      startOffset: word.index,
      endOffset: word.index + word[0].length,
      quotedText: word[0],
      attributes: {},
    };
  }
}

const storedIds = async (ids: string[]) =>
  (await server.sql.query<{ id: string }>("SELECT id FROM annotations WHERE id = ANY($1::uuid[])", [ids])).rows.map(
    (row) => row.id,
  );

test("every acknowledged tag save survives a SIGKILL mid-burst; resent saves make no duplicates", async ({
  browser,
}) => {
  const articles = await openArticles();
  expect(articles.length).toBeGreaterThan(0);
  const createTag = serverActionId(TAGGING_ACTIONS, "createTagAction");
  const clients = await Promise.all(
    articles.flatMap((article) =>
      Array.from({ length: CLIENTS_PER_ARTICLE }, async (_, offset) => ({
        article,
        tags: newTags(article, offset),
        request: (await signedIn(browser, server.origin, "reviewer@framewise.example")).context.request,
      })),
    ),
  );
  const countMine = async () =>
    Number(
      (
        await server.sql.query(
          "SELECT count(*) FROM annotations WHERE reviewer_id = $1 AND article_id = ANY($2::uuid[])",
          [articles[0]!.reviewer_id, articles.map((article) => article.id)],
        )
      ).rows[0].count,
    );
  const before = await countMine();

  const acknowledged: string[] = [];
  const cutOff: Record<string, unknown>[] = [];
  let killing: Promise<void> | null = null;
  const save = (request: APIRequestContext, article: OpenArticle, tag: Record<string, unknown>) =>
    callServerAction(request, server.origin, `/tagging/${article.id}`, createTag, [tag]);

  await Promise.all(
    clients.map(async ({ article, tags, request }) => {
      while (!killing) {
        const tag = tags.next().value!;
        try {
          const answer = await save(request, article, tag);
          if ((answer.value as { ok?: boolean } | undefined)?.ok !== true) throw new Error(JSON.stringify(answer));
          acknowledged.push(tag.id);
          if (acknowledged.length === KILL_AFTER_ACKNOWLEDGED) killing = server.kill();
        } catch (error) {
          if (!killing) throw error;
          cutOff.push(tag); // no answer: stored or not, the workspace would send it again
        }
      }
    }),
  );
  await killing;

  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
  expect((await storedIds(acknowledged)).sort()).toEqual([...acknowledged].sort());

  await server.start();
  expect((await storedIds(acknowledged)).sort()).toEqual([...acknowledged].sort());
  for (const tag of cutOff) {
    const client = clients.find((candidate) => candidate.article.id === tag.articleId)!;
    const answer = await save(client.request, client.article, tag);
    expect((answer.value as { ok?: boolean; value?: { id: string } }).value?.id).toBe(tag.id);
  }
  const everyTag = [...acknowledged, ...cutOff.map((tag) => tag.id as string)];
  expect(await storedIds(everyTag)).toHaveLength(everyTag.length);
  expect(await countMine()).toBe(before + everyTag.length);
  // Each tag's audit entry was written with it, in the same transaction: one each, none for a second try.
  const audits = await server.sql.query(
    "SELECT entity_id, count(*)::int AS entries FROM audit_log WHERE action = 'annotation.create' AND entity_id = ANY($1) GROUP BY entity_id",
    [everyTag],
  );
  expect(audits.rows).toHaveLength(everyTag.length);
  expect(audits.rows.every((row) => row.entries === 1)).toBe(true);
});
