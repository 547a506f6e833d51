import type { Prisma } from "../../db/generated/client.ts";
import { estimatedSimilarity, SYNDICATION_THRESHOLD } from "./minhash.ts";

/** What syndication linking needs of an article: stored or just created, in the shape of its row. */
export interface Fingerprinted {
  id: string;
  outlet_id: string;
  minhash: number[];
  lsh_bands: number[];
  published_at: string | Date | null;
}

interface Member extends Fingerprinted {
  imported_at: Date | null; // null: created by this import, so imported last
  syndicated_from_id: string | null;
}

/**
 * Links new articles to copies of the same story by other outlets (stored, or in the same import).
 * Each group of copies points at one root, its earliest-published member, so comparisons can count
 * the story once. Candidates share an LSH band hash (one indexed lookup); pairs are confirmed by
 * signature similarity here. Call it before storing the new articles' bands (storeLshBands), so the
 * lookup meets only articles stored before. Returns how many new articles were linked as copies.
 */
export async function linkSyndicatedCopies(tx: Prisma.TransactionClient, created: Fingerprinted[]): Promise<number> {
  if (created.length === 0) return 0;
  const members = new Map<string, Member>(
    created.map((article) => [article.id, { ...article, imported_at: null, syndicated_from_id: null }]),
  );
  for (const stored of await findStoredCandidates(tx, created)) members.set(stored.id, stored);

  const groups = groupSimilar(members);
  if (groups.length === 0) return 0;
  const links = groups.flatMap((group) => linksToRoot(group.map((id) => members.get(id)!)));
  await writeLinks(tx, links);
  const createdIds = new Set(created.map((article) => article.id));
  return links.filter((link) => link.root !== null && createdIds.has(link.id)).length;
}

async function findStoredCandidates(tx: Prisma.TransactionClient, created: Fingerprinted[]): Promise<Member[]> {
  // The new articles' band hashes are read from their rows, not sent: an import has hundreds of thousands.
  const found = await tx.$queryRaw<Member[]>`
    SELECT a.id, a.outlet_id, a.minhash, a.lsh_bands, a.published_at, a.imported_at, a.syndicated_from_id
    FROM articles a
    WHERE a.id IN (SELECT b.article_id
                   FROM articles n JOIN article_lsh_bands b ON b.hash = ANY(n.lsh_bands)
                   WHERE n.id = ANY(${created.map((article) => article.id)}::uuid[]))`;
  // A stored copy brings its root, so the group keeps a single root.
  const known = new Set([...created.map((article) => article.id), ...found.map((member) => member.id)]);
  const roots = [
    ...new Set(
      found.map((member) => member.syndicated_from_id).filter((id): id is string => Boolean(id) && !known.has(id!)),
    ),
  ];
  if (roots.length === 0) return found;
  return found.concat(
    await tx.$queryRaw<Member[]>`
    SELECT id, outlet_id, minhash, lsh_bands, published_at, imported_at, syndicated_from_id
    FROM articles WHERE id = ANY(${roots}::uuid[])`,
  );
}

function groupSimilar(members: Map<string, Member>): string[][] {
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
  const joinWithRoot = (member: Member) => {
    if (member.syndicated_from_id && members.has(member.syndicated_from_id))
      union(member.id, member.syndicated_from_id);
  };

  for (const sharing of membersSharingBands(members)) {
    for (let i = 0; i < sharing.length; i++) {
      for (let j = i + 1; j < sharing.length; j++) {
        const [a, b] = [sharing[i], sharing[j]];
        const eitherIsNew = a.imported_at === null || b.imported_at === null;
        if (!eitherIsNew || a.outlet_id === b.outlet_id) continue;
        if (estimatedSimilarity(a.minhash, b.minhash) < SYNDICATION_THRESHOLD) continue;
        union(a.id, b.id);
        joinWithRoot(a);
        joinWithRoot(b);
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** The members of each band hash held by more than one member. Most bands have one: no array for those. */
function membersSharingBands(members: Map<string, Member>): Member[][] {
  const holders = new Map<number, Member | Member[]>();
  for (const member of members.values()) {
    for (const band of member.lsh_bands) {
      const held = holders.get(band);
      if (held === undefined) holders.set(band, member);
      else if (Array.isArray(held)) held.push(member);
      else holders.set(band, [held, member]);
    }
  }
  return [...holders.values()].filter((held) => Array.isArray(held));
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
