import type { Prisma } from "../../db/generated/client.ts";
import { estimatedSimilarity, lshBandHashes, SYNDICATION_THRESHOLD } from "./minhash.ts";

export interface Fingerprinted {
  id: string;
  outlet_id: string;
  minhash: number[];
  published_at: string | Date | null;
}

interface Member extends Fingerprinted {
  imported_at: Date | null; // null: created by this import, so imported last
  syndicated_from_id: string | null;
}

const LOOKUP_CHUNK = 1000;

/**
 * Links new articles to copies of the same story by other outlets (stored, or in the same import).
 * Each group of copies points at one root, its earliest-published member, so comparisons can count
 * the story once. Candidates share an LSH band hash (one join per chunk); pairs are confirmed by
 * signature similarity here. Returns how many of the new articles were linked as copies.
 */
export async function linkSyndicatedCopies(tx: Prisma.TransactionClient, created: Fingerprinted[]): Promise<number> {
  if (created.length === 0) return 0;
  const members = new Map<string, Member>(
    created.map((article) => [article.id, { ...article, imported_at: null, syndicated_from_id: null }]),
  );
  for (const stored of await findStoredCandidates(tx, created)) members.set(stored.id, stored);

  const groups = groupSimilar(created, members);
  if (groups.length === 0) return 0;
  const links = groups.flatMap((group) => linksToRoot(group.map((id) => members.get(id)!)));
  await writeLinks(tx, links);
  const createdIds = new Set(created.map((article) => article.id));
  return links.filter((link) => link.root !== null && createdIds.has(link.id)).length;
}

async function findStoredCandidates(tx: Prisma.TransactionClient, created: Fingerprinted[]): Promise<Member[]> {
  const createdIds = created.map((article) => article.id);
  const found: Member[] = [];
  for (let start = 0; start < created.length; start += LOOKUP_CHUNK) {
    const hashes = [
      ...new Set(created.slice(start, start + LOOKUP_CHUNK).flatMap((article) => lshBandHashes(article.minhash))),
    ];
    found.push(
      ...(await tx.$queryRaw<Member[]>`
      SELECT a.id, a.outlet_id, a.minhash, a.published_at, a.imported_at, a.syndicated_from_id
      FROM articles a
      WHERE a.id IN (SELECT b.article_id FROM article_lsh_bands b WHERE b.hash = ANY(${hashes}::int[]))
        AND a.id <> ALL(${createdIds}::uuid[])`),
    );
  }
  // A stored copy brings its root, so the group keeps a single root.
  const known = new Set([...createdIds, ...found.map((member) => member.id)]);
  const roots = [
    ...new Set(
      found.map((member) => member.syndicated_from_id).filter((id): id is string => Boolean(id) && !known.has(id!)),
    ),
  ];
  if (roots.length === 0) return found;
  return found.concat(
    await tx.$queryRaw<Member[]>`
    SELECT id, outlet_id, minhash, published_at, imported_at, syndicated_from_id
    FROM articles WHERE id = ANY(${roots}::uuid[])`,
  );
}

function groupSimilar(created: Fingerprinted[], members: Map<string, Member>): string[][] {
  const byBand = new Map<number, Member[]>();
  for (const member of members.values()) {
    for (const band of lshBandHashes(member.minhash)) {
      const sharing = byBand.get(band);
      if (sharing) sharing.push(member);
      else byBand.set(band, [member]);
    }
  }

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

  for (const article of created) {
    const candidates = new Set(lshBandHashes(article.minhash).flatMap((band) => byBand.get(band) ?? []));
    for (const candidate of candidates) {
      if (candidate.id === article.id || candidate.outlet_id === article.outlet_id) continue;
      if (estimatedSimilarity(article.minhash, candidate.minhash) < SYNDICATION_THRESHOLD) continue;
      union(article.id, candidate.id);
      if (candidate.syndicated_from_id && members.has(candidate.syndicated_from_id))
        union(candidate.id, candidate.syndicated_from_id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1);
}

interface Link {
  id: string;
  root: string | null;
  similarity: number | null;
}

function linksToRoot(group: Member[]): Link[] {
  const time = (member: Member) => new Date(member.published_at ?? member.imported_at ?? Date.now()).getTime();
  const root = group.reduce((best, member) =>
    time(member) < time(best) || (time(member) === time(best) && member.id < best.id) ? member : best,
  );
  return group.map((member) =>
    member === root
      ? { id: member.id, root: null, similarity: null }
      : {
          id: member.id,
          root: root.id,
          similarity: Math.round(estimatedSimilarity(member.minhash, root.minhash) * 1000) / 1000,
        },
  );
}

async function writeLinks(tx: Prisma.TransactionClient, links: Link[]): Promise<void> {
  const ids = links.map((link) => link.id);
  const roots = links.map((link) => link.root);
  const similarities = links.map((link) => link.similarity);
  await tx.$executeRaw`
    UPDATE articles a SET syndicated_from_id = v.root, syndication_similarity = v.similarity
    FROM unnest(${ids}::uuid[], ${roots}::uuid[], ${similarities}::float8[]) AS v(id, root, similarity)
    WHERE a.id = v.id`;
  // Copies that pointed at an article now demoted to a copy follow it to the group's root.
  await tx.$executeRaw`
    UPDATE articles a SET syndicated_from_id = v.root,
           syndication_similarity = round((SELECT count(*) FROM unnest(a.minhash, r.minhash) AS s(x, y) WHERE x = y)::numeric
                                          / cardinality(a.minhash), 3)
    FROM unnest(${ids}::uuid[], ${roots}::uuid[]) AS v(old_root, root)
    JOIN articles r ON r.id = v.root
    WHERE v.root IS NOT NULL AND a.syndicated_from_id = v.old_root AND a.id <> ALL(${ids}::uuid[])`;
}
