import type { PrismaClient } from "../../../lib/db/client.ts";
import { hashPassword } from "../../../lib/users/password.ts";

export const BENCH_EDITOR = { email: "bench-editor@framewise.example", password: "framewise-bench-editor" };

export interface BenchShape {
  events: number;
  outlets: number;
  articles: number;
  /** Tags per article: 1,000,000 over 100,000 articles. */
  tagsPerArticle: number;
}

// Each article's body: short, but long enough for ten tags at fixed offsets (tag j covers characters 20j … 20j+12).
const BODY = Array.from({ length: 10 }, (_, j) => `Passage ${String(j).padStart(2, "0")} x, more. `).join("");

/**
 * Generates the benchmark's data straight in Postgres with INSERT … SELECT generate_series: outlets, events with
 * 10 actors and 5 claims each, articles spread over the events and outlets (5% syndicated copies of an earlier
 * article of the same event), both reviewers assigned to every article (90% submitted), 20% adjudicated into
 * gold, ten tags per article (attributions, frames, naming, loaded language; gold ones on adjudicated articles),
 * and an article form with two tones per coder.
 */
export async function generateData(prisma: PrismaClient, shape: BenchShape): Promise<void> {
  const hash = await hashPassword(BENCH_EDITOR.password);
  await prisma.$executeRaw`
    INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES
      ('00000000-0000-4000-8000-00000000b001', ${BENCH_EDITOR.email}, 'Bench Editor', ${hash}, 'EDITOR', now()),
      ('00000000-0000-4000-8000-00000000b002', 'bench-r1@framewise.example', 'Bench Reviewer 1', ${hash}, 'REVIEWER', now()),
      ('00000000-0000-4000-8000-00000000b003', 'bench-r2@framewise.example', 'Bench Reviewer 2', ${hash}, 'REVIEWER', now())`;
  await prisma.$executeRaw`
    INSERT INTO outlets (id, name, updated_at)
    SELECT ('00000000-0000-4000-8001-' || lpad(to_hex(i), 12, '0'))::uuid, 'Outlet ' || i, now()
    FROM generate_series(1, ${shape.outlets}::int) i`;
  await prisma.$executeRaw`
    INSERT INTO events (id, title, starts_on, updated_at)
    SELECT ('00000000-0000-4000-8002-' || lpad(to_hex(i), 12, '0'))::uuid, 'Event ' || i,
           date '2025-01-01' + i, now()
    FROM generate_series(1, ${shape.events}::int) i`;
  await prisma.$executeRaw`
    INSERT INTO event_actors (id, event_id, name, position)
    SELECT ('00000000-0000-4003-' || lpad(to_hex(e), 4, '0') || '-' || lpad(to_hex(k), 12, '0'))::uuid,
           ('00000000-0000-4000-8002-' || lpad(to_hex(e), 12, '0'))::uuid, 'Actor ' || k, k
    FROM generate_series(1, ${shape.events}::int) e, generate_series(0, 9) k`;
  await prisma.$executeRaw`
    INSERT INTO event_claims (id, event_id, label, position)
    SELECT ('00000000-0000-4004-' || lpad(to_hex(e), 4, '0') || '-' || lpad(to_hex(k), 12, '0'))::uuid,
           ('00000000-0000-4000-8002-' || lpad(to_hex(e), 12, '0'))::uuid, 'Claim ' || k, k
    FROM generate_series(1, ${shape.events}::int) e, generate_series(0, 4) k`;
  // Article i belongs to event 1 + i % events and to an outlet spread over the event's articles.
  await prisma.$executeRaw`
    INSERT INTO articles (id, outlet_id, event_id, title, published_at, body_text, word_count, content_hash, provenance, minhash)
    SELECT ('00000000-0000-4000-8005-' || lpad(to_hex(i), 12, '0'))::uuid,
           ('00000000-0000-4000-8001-' || lpad(to_hex(1 + (i / ${shape.events}::int) % ${shape.outlets}::int), 12, '0'))::uuid,
           ('00000000-0000-4000-8002-' || lpad(to_hex(1 + i % ${shape.events}::int), 12, '0'))::uuid,
           'Article ' || i, timestamptz '2025-01-01' + ((i % ${shape.events}::int) || ' days')::interval
             + (((i * 7919) % 20) || ' days')::interval + (((i::bigint * 104729) % 86400) || ' seconds')::interval,
           ${BODY}, 300 + (i * 37) % 900, md5(i::text), '{"source":"bench"}', '{}'
    FROM generate_series(0, ${shape.articles - 1}::int) i`;
  // 5% of articles copy the article of the same event one outlet round earlier.
  await prisma.$executeRaw`
    UPDATE articles a SET syndicated_from_id = ('00000000-0000-4000-8005-' || lpad(to_hex(n - ${shape.events}::int), 12, '0'))::uuid,
                          syndication_similarity = 0.9
    FROM (SELECT id, ('x' || right(id::text, 12))::bit(48)::bigint AS n FROM articles) s
    WHERE a.id = s.id AND s.n % 20 = 7 AND s.n >= ${shape.events}::int`;
  await prisma.$executeRaw`
    INSERT INTO assignments (article_id, reviewer_id, submitted_at)
    SELECT a.id, r.id, CASE WHEN ('x' || right(a.id::text, 12))::bit(48)::bigint % 10 <> 3 THEN now() END
    FROM articles a, (VALUES ('00000000-0000-4000-8000-00000000b002'::uuid), ('00000000-0000-4000-8000-00000000b003'::uuid)) r(id)`;
  await prisma.$executeRaw`
    INSERT INTO adjudications (article_id, adjudicator_id, completed_at)
    SELECT id, '00000000-0000-4000-8000-00000000b001', now() FROM articles
    WHERE ('x' || right(id::text, 12))::bit(48)::bigint % 5 = 0`;
  await insertTags(prisma, shape);
  await insertForms(prisma, shape);
  await prisma.$executeRaw`ANALYZE`;
}

async function insertTags(prisma: PrismaClient, shape: BenchShape): Promise<void> {
  // Tag j of an article: j 0–3 and 9 attributions, 4–6 frames, 7 naming, 8 loaded language. On adjudicated
  // articles the odd tags are gold (by the editor); otherwise they alternate between the two reviewers.
  await prisma.$executeRaw`
    WITH v2 AS (SELECT max(version) AS version FROM codebook_versions WHERE published_at IS NOT NULL),
    cats AS (
      SELECT c.id, c.code, c.kind::text AS kind, row_number() OVER (PARTITION BY c.kind ORDER BY c.position) - 1 AS n,
             count(*) OVER (PARTITION BY c.kind) AS of_kind
      FROM codebook_categories c JOIN codebook_versions v ON v.id = c.version_id JOIN v2 ON v.version = v2.version
      WHERE c.kind IN ('FRAME', 'ATTRIBUTION', 'NAMING', 'LOADED_LANGUAGE')
    ),
    tags AS (
      SELECT a.id AS article_id, a.event_id, ('x' || right(a.id::text, 12))::bit(48)::bigint AS n, j,
             CASE WHEN j IN (0, 1, 2, 3, 9) THEN 'ATTRIBUTION' WHEN j IN (4, 5, 6) THEN 'FRAME'
                  WHEN j = 7 THEN 'NAMING' ELSE 'LOADED_LANGUAGE' END AS kind
      FROM articles a, generate_series(0, ${shape.tagsPerArticle - 1}::int) j
    )
    INSERT INTO annotations (id, article_id, category_id, reviewer_id, layer, start_offset, end_offset, quoted_text,
                             attributes, actor_id, claim_id, updated_at)
    SELECT gen_random_uuid(), t.article_id, c.id,
           CASE WHEN t.n % 5 = 0 AND t.j % 2 = 1 THEN '00000000-0000-4000-8000-00000000b001'::uuid
                WHEN t.j % 2 = 0 THEN '00000000-0000-4000-8000-00000000b002'::uuid
                ELSE '00000000-0000-4000-8000-00000000b003'::uuid END,
           (CASE WHEN t.n % 5 = 0 AND t.j % 2 = 1 THEN 'GOLD' ELSE 'REVIEWER' END)::"AnnotationLayer",
           20 * t.j, 20 * t.j + 12, 'Passage ' || lpad(t.j::text, 2, '0') || ' x',
           CASE t.kind
             WHEN 'ATTRIBUTION' THEN jsonb_build_object(
               'speaker', 'Speaker ' || ((t.n * 3 + t.j) % 12), 'speakerType',
               (ARRAY['government_official','company_business','expert','witness_civilian','activist_advocacy'])[1 + (t.n + t.j) % 5],
               'form', (ARRAY['direct_quote','indirect','unattributed'])[1 + (t.n * 7 + t.j) % 3],
               'anonymous', (t.n + t.j) % 9 = 0, 'verb', (ARRAY['said','claimed','insisted','told'])[1 + (t.n + t.j) % 4],
               'verbClass', CASE WHEN (t.n + t.j) % 4 IN (1, 2) THEN 'evaluative' ELSE 'neutral' END)
             WHEN 'LOADED_LANGUAGE' THEN jsonb_build_object('direction', CASE WHEN t.n % 3 = 0 THEN 'favourable' ELSE 'unfavourable' END)
             ELSE '{}'::jsonb END,
           CASE WHEN t.kind IN ('ATTRIBUTION', 'NAMING', 'LOADED_LANGUAGE') THEN
             ('00000000-0000-4003-' || lpad(to_hex(1 + (t.n % ${shape.events}::int)), 4, '0') || '-' || lpad(to_hex((t.n / 7 + t.j) % 10), 12, '0'))::uuid END,
           CASE WHEN t.kind = 'ATTRIBUTION' AND t.j < 2 THEN
             ('00000000-0000-4004-' || lpad(to_hex(1 + (t.n % ${shape.events}::int)), 4, '0') || '-' || lpad(to_hex((t.n / 3 + t.j) % 5), 12, '0'))::uuid END,
           now()
    FROM tags t
    JOIN cats c ON c.kind = t.kind AND c.n = (t.n / 11 + t.j * 5) % c.of_kind`;
}

async function insertForms(prisma: PrismaClient, shape: BenchShape): Promise<void> {
  await prisma.$executeRaw`
    WITH v2 AS (
      SELECT v.id FROM codebook_versions v WHERE v.published_at IS NOT NULL ORDER BY v.version DESC LIMIT 1
    ),
    frames AS (
      SELECT c.id, row_number() OVER (ORDER BY c.position) - 1 AS n, count(*) OVER () AS total
      FROM codebook_categories c JOIN v2 ON v2.id = c.version_id WHERE c.kind = 'FRAME'
    ),
    coders AS (
      SELECT a.id AS article_id, ('x' || right(a.id::text, 12))::bit(48)::bigint AS n, r.id AS reviewer_id, 'REVIEWER' AS layer
      FROM articles a, (VALUES ('00000000-0000-4000-8000-00000000b002'::uuid), ('00000000-0000-4000-8000-00000000b003'::uuid)) r(id)
      UNION ALL
      SELECT article_id, ('x' || right(article_id::text, 12))::bit(48)::bigint, adjudicator_id, 'GOLD' FROM adjudications
    )
    INSERT INTO article_forms (id, article_id, reviewer_id, layer, version_id, primary_frame_id, headline_frame_id, updated_at)
    SELECT gen_random_uuid(), k.article_id, k.reviewer_id, k.layer::"AnnotationLayer", v2.id, p.id, h.id, now()
    FROM coders k CROSS JOIN v2
    JOIN frames p ON p.n = k.n % p.total
    JOIN frames h ON h.n = (k.n / 3) % h.total`;
  await prisma.$executeRaw`
    INSERT INTO article_tones (form_id, actor_id, tone)
    SELECT f.id, ('00000000-0000-4003-' || lpad(to_hex(1 + (n % ${shape.events}::int)), 4, '0') || '-' || lpad(to_hex(k), 12, '0'))::uuid,
           ((n + k) % 5) - 2
    FROM (SELECT f.id, ('x' || right(f.article_id::text, 12))::bit(48)::bigint AS n FROM article_forms f) f,
         generate_series(0, 1) k`;
}
