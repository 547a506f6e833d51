import { contentHash } from "../../articles/body-text.ts";
import { db } from "../../db/client.ts";
import { matchOutlets, type ResolvedOutlet } from "../../outlets/resolve-outlets.ts";
import { estimatedSimilarity, lshBandHashes, minhashSignature, SYNDICATION_THRESHOLD } from "../dedupe/minhash.ts";
import type { ParsedRow } from "../normalized-article.ts";

export type RowOutcome =
  | { kind: "new"; outlet: ResolvedOutlet }
  | { kind: "duplicate"; outlet: ResolvedOutlet; reason: string }
  | { kind: "unattributed"; reason: string };

export interface ClassifiedRow extends ParsedRow {
  outcome: RowOutcome;
  /** Another outlet's stored article this one appears to copy (a syndicated wire story). */
  syndicatedWith?: { articleId: string; title: string; outlet: string; similarity: number };
}

/** What saving these rows would do, row by row, without writing anything. */
export async function classifyRows(rows: ParsedRow[]): Promise<ClassifiedRow[]> {
  const outlets = await matchOutlets(
    db(),
    rows.map(({ article }) => ({ name: article.outlet, url: article.url })),
  );
  const stored = await findStoredDuplicates(rows, outlets);
  const seen = new Map<string, number>();
  return rows.map((parsed, index) => {
    const outlet = outlets[index];
    if (!outlet)
      return {
        ...parsed,
        outcome: { kind: "unattributed", reason: "No outlet and no URL: choose the outlet before saving." },
      };
    const keys = [`url:${parsed.article.url}`, `text:${contentHash(parsed.article.body)}`].map(
      (key) => `${outlet.name.toLowerCase()}|${key}`,
    );
    const earlier = keys.map((key) => seen.get(key)).find((row) => row !== undefined);
    keys.forEach((key) => seen.set(key, parsed.row));
    const reason =
      stored.get(index) ?? (earlier !== undefined ? `Same article as row ${earlier} of this import.` : null);
    return { ...parsed, outcome: reason ? { kind: "duplicate", outlet, reason } : { kind: "new", outlet } };
  });
}

async function findStoredDuplicates(
  rows: ParsedRow[],
  outlets: (ResolvedOutlet | null)[],
): Promise<Map<number, string>> {
  const indexes: number[] = [];
  const outletIds: string[] = [];
  const urls: (string | null)[] = [];
  const hashes: string[] = [];
  rows.forEach(({ article }, index) => {
    const outletId = outlets[index]?.id;
    if (!outletId) return; // an outlet not stored yet has no stored articles
    indexes.push(index);
    outletIds.push(outletId);
    urls.push(article.url);
    hashes.push(contentHash(article.body));
  });
  if (indexes.length === 0) return new Map();
  const matches = await db().$queryRaw<{ idx: number; title: string; same_url: boolean }[]>`
    SELECT DISTINCT ON (t.idx) t.idx, a.title, a.canonical_url = t.url AS same_url
    FROM unnest(${indexes}::int[], ${outletIds}::uuid[], ${urls}::text[], ${hashes}::text[]) AS t(idx, outlet_id, url, hash)
    JOIN articles a ON a.outlet_id = t.outlet_id AND (a.canonical_url = t.url OR a.content_hash = t.hash)
    ORDER BY t.idx`;
  return new Map(
    matches.map((match) => [
      match.idx,
      `Already stored${match.same_url ? " (same URL)" : " (same text)"}: “${match.title}”.`,
    ]),
  );
}

/** Adds syndication hints to a page of classified rows (one indexed band lookup for the page). */
export async function withSyndicationHints(rows: ClassifiedRow[]): Promise<ClassifiedRow[]> {
  if (rows.length === 0) return rows;
  const signatures = rows.map((row) => minhashSignature(row.article.body));
  const rowIndexes = signatures.flatMap((signature, index) => lshBandHashes(signature).map(() => index + 1));
  const hashes = signatures.flatMap((signature) => lshBandHashes(signature));
  const candidates = await db().$queryRaw<
    { idx: number; id: string; title: string; outlet: string; minhash: number[] }[]
  >`
    SELECT DISTINCT t.idx, a.id, a.title, o.name AS outlet, a.minhash
    FROM unnest(${rowIndexes}::int[], ${hashes}::int[]) AS t(idx, hash)
    JOIN article_lsh_bands b ON b.hash = t.hash
    JOIN articles a ON a.id = b.article_id
    JOIN outlets o ON o.id = a.outlet_id`;
  return rows.map((row, index) => {
    const outletName = row.outcome.kind === "unattributed" ? null : row.outcome.outlet.name.toLowerCase();
    const best = candidates
      .filter((candidate) => candidate.idx === index + 1 && candidate.outlet.toLowerCase() !== outletName)
      .map((candidate) => ({
        articleId: candidate.id,
        title: candidate.title,
        outlet: candidate.outlet,
        similarity: estimatedSimilarity(signatures[index], candidate.minhash),
      }))
      .filter((candidate) => candidate.similarity >= SYNDICATION_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity)[0];
    return best ? { ...row, syndicatedWith: best } : row;
  });
}
