import { copyRows } from "../../db/copy-rows.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { transactionConnection } from "../../db/transaction-connection.ts";
import { ARTICLE_COPY_COLUMNS, prepareArticle, type ArticleToSave, type RowTarget } from "./prepare-rows.ts";
import type { Fingerprinted } from "../dedupe/link-syndicated-copies.ts";

const LINES_PER_MESSAGE = 500;

/**
 * Writes new articles (already checked not to be stored: see selectNewArticles) with one COPY inside the
 * caller's transaction. Rows are fingerprinted as the stream asks for them, so this process prepares
 * rows while Postgres writes the ones before. Reports progress after every group of rows.
 */
export async function insertArticles(
  tx: Prisma.TransactionClient,
  rows: ArticleToSave[],
  target: RowTarget & { onProgress?: (done: number) => Promise<void> | void },
): Promise<Fingerprinted[]> {
  const created: Fingerprinted[] = [];
  async function* lines(): AsyncGenerator<string> {
    for (let start = 0; start < rows.length; start += LINES_PER_MESSAGE) {
      let group = "";
      for (const row of rows.slice(start, start + LINES_PER_MESSAGE)) {
        const prepared = prepareArticle(row, target);
        group += prepared.line;
        created.push(prepared.created);
      }
      yield group;
      await target.onProgress?.(created.length);
    }
  }
  const connection = await transactionConnection(tx);
  await copyRows(connection, { table: "articles", columns: ARTICLE_COPY_COLUMNS }, lines());
  return created;
}
