import type { Prisma } from "../../db/generated/client.ts";
import { estimatedSimilarity, SYNDICATION_THRESHOLD } from "./minhash.ts";

interface Member {
  id: string;
  minhash: number[];
  published_at: Date | null;
  imported_at: Date;
  syndicated_from_id: string | null;
}

/**
 * Links new articles to copies of the same story stored for other outlets. Each group of copies
 * points at one root, its earliest-published member, so comparisons can count the story once.
 * Returns how many of `articleIds` were linked.
 */
export async function linkSyndicatedCopies(tx: Prisma.TransactionClient, articleIds: string[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  const pairs = await tx.$queryRaw<{ article_id: string; candidate_id: string }[]>`
    SELECT n.id AS article_id, c.id AS candidate_id
    FROM articles n
    JOIN articles c ON c.lsh_bands && n.lsh_bands AND c.id <> n.id AND c.outlet_id <> n.outlet_id
    WHERE n.id = ANY(${articleIds}::uuid[])`;
  if (pairs.length === 0) return 0;

  const members = await loadMembers(tx, pairs.flatMap((pair) => [pair.article_id, pair.candidate_id]));
  const groups = groupSimilar(pairs, members);
  let linked = 0;
  for (const group of groups) {
    const root = earliest(group.map((id) => members.get(id)!));
    await pointGroupAtRoot(tx, group, root);
    linked += group.filter((id) => id !== root.id && articleIds.includes(id)).length;
  }
  return linked;
}

async function loadMembers(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, Member>> {
  // Existing copies bring their root along, so a group keeps a single root.
  const rows = await tx.$queryRaw<Member[]>`
    SELECT id, minhash, published_at, imported_at, syndicated_from_id FROM articles
    WHERE id = ANY(${ids}::uuid[])
       OR id IN (SELECT syndicated_from_id FROM articles WHERE id = ANY(${ids}::uuid[]))`;
  return new Map(rows.map((row) => [row.id, row]));
}

function groupSimilar(pairs: { article_id: string; candidate_id: string }[], members: Map<string, Member>): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const top = find(up);
    parent.set(id, top);
    return top;
  };
  const union = (a: string, b: string) => {
    for (const id of [a, b]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(a), find(b));
  };
  for (const { article_id, candidate_id } of pairs) {
    const a = members.get(article_id)!;
    const b = members.get(candidate_id)!;
    if (estimatedSimilarity(a.minhash, b.minhash) < SYNDICATION_THRESHOLD) continue;
    union(a.id, b.id);
    for (const member of [a, b]) if (member.syndicated_from_id && members.has(member.syndicated_from_id)) union(member.id, member.syndicated_from_id);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1);
}

function earliest(group: Member[]): Member {
  const time = (member: Member) => (member.published_at ?? member.imported_at).getTime();
  return group.reduce((best, member) => (time(member) < time(best) || (time(member) === time(best) && member.id < best.id) ? member : best));
}

async function pointGroupAtRoot(tx: Prisma.TransactionClient, group: string[], root: Member): Promise<void> {
  const copies = group.filter((id) => id !== root.id);
  await tx.$executeRaw`
    UPDATE articles a SET syndicated_from_id = ${root.id}::uuid,
           syndication_similarity = round((SELECT count(*) FROM unnest(a.minhash, ${root.minhash}::int[]) AS s(x, y) WHERE x = y)::numeric
                                          / cardinality(a.minhash), 3)
    WHERE a.id = ANY(${copies}::uuid[]) OR a.syndicated_from_id = ANY(${copies}::uuid[])`;
  await tx.$executeRaw`UPDATE articles SET syndicated_from_id = NULL, syndication_similarity = NULL WHERE id = ${root.id}::uuid`;
}
