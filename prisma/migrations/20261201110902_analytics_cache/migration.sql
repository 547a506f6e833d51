-- CreateTable
CREATE TABLE "analytics_data_versions" (
    "scope" UUID NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "analytics_data_versions_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "analytics_cache" (
    "event_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "event_version" BIGINT NOT NULL,
    "shared_version" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "analytics_cache_pkey" PRIMARY KEY ("event_id","key")
);

-- AddForeignKey
ALTER TABLE "analytics_cache" ADD CONSTRAINT "analytics_cache_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data versions for cached comparisons (lib/analytics/cache). Every write that can change what an event's comparison
-- shows gives that event a version never used before (and the nil UUID, for what every comparison reads: codebooks,
-- outlets, reviewers' names), in the writing transaction itself, so the new version commits with the data. A cached
-- answer is served only under the versions it was computed under. Statement-level triggers with transition tables:
-- a bulk import or COPY pays once per statement, not once per row.
CREATE SEQUENCE "analytics_data_version_seq";

-- Also drops the event's cached answers: only current ones are kept, so the table never outgrows its use.
CREATE FUNCTION bump_analytics_versions(scopes uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO analytics_data_versions (scope, version)
  SELECT scope, nextval('analytics_data_version_seq')
  FROM (SELECT DISTINCT scope FROM unnest(scopes) AS scope WHERE scope IS NOT NULL ORDER BY scope) AS ordered
  ON CONFLICT (scope) DO UPDATE SET version = excluded.version;
  DELETE FROM analytics_cache WHERE event_id = ANY(scopes);
$$;

-- TG_ARGV[0]: a query over the changed rows (its %I is the transition table) giving the scopes they feed.
CREATE FUNCTION touch_analytics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  scopes uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(s) FROM (' || TG_ARGV[0] || ') AS q(s)', 'new_rows') INTO scopes;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(s) FROM (' || TG_ARGV[0] || ') AS q(s)', 'old_rows') INTO scopes;
  ELSE
    EXECUTE format('SELECT array_agg(s) FROM (' || TG_ARGV[0] || ' UNION ' || TG_ARGV[0] || ') AS q(s)',
                   'new_rows', 'old_rows') INTO scopes;
  END IF;
  IF scopes IS NOT NULL THEN
    PERFORM bump_analytics_versions(scopes);
  END IF;
  RETURN NULL;
END $$;

-- A reviewer's tags, forms and tones count (in charts and agreement) only once their assignment is submitted;
-- gold counts from the adjudication on. A draft save changes no comparison, and bumps nothing.
DO $$
DECLARE
  counted_coding CONSTANT text :=
    '(r.layer = ''GOLD'' OR EXISTS (SELECT 1 FROM assignments s WHERE s.article_id = r.article_id'
    || ' AND s.reviewer_id = r.reviewer_id AND s.submitted_at IS NOT NULL))';
  nil CONSTANT text := '''00000000-0000-0000-0000-000000000000''::uuid';
  source record;
BEGIN
  FOR source IN SELECT * FROM (VALUES
    ('articles', 'SELECT r.event_id FROM %I r'),
    ('event_actors', 'SELECT r.event_id FROM %I r'),
    ('event_claims', 'SELECT r.event_id FROM %I r'),
    ('assignments', 'SELECT a.event_id FROM %I r JOIN articles a ON a.id = r.article_id'),
    ('adjudications', 'SELECT a.event_id FROM %I r JOIN articles a ON a.id = r.article_id'),
    ('annotations', 'SELECT a.event_id FROM %I r JOIN articles a ON a.id = r.article_id WHERE ' || counted_coding),
    ('article_forms', 'SELECT a.event_id FROM %I r JOIN articles a ON a.id = r.article_id WHERE ' || counted_coding),
    ('article_tones', 'SELECT a.event_id FROM %I t JOIN article_forms r ON r.id = t.form_id'
                      || ' JOIN articles a ON a.id = r.article_id WHERE ' || counted_coding),
    ('outlets', 'SELECT ' || nil || ' FROM %I r'),
    ('codebooks', 'SELECT ' || nil || ' FROM %I r'),
    ('codebook_versions', 'SELECT ' || nil || ' FROM %I r'),
    ('codebook_categories', 'SELECT ' || nil || ' FROM %I r')
  ) AS sources(name, scopes_of)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION touch_analytics(%L)',
                   source.name || '_analytics_insert', source.name, source.scopes_of);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION touch_analytics(%L)',
                   source.name || '_analytics_update', source.name, source.scopes_of);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION touch_analytics(%L)',
                   source.name || '_analytics_delete', source.name, source.scopes_of);
  END LOOP;
END $$;

-- Reviewers' names appear in agreement; signing in, roles and passwords change nothing a comparison shows.
CREATE FUNCTION touch_shared_analytics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_analytics_versions(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
  RETURN NULL;
END $$;

CREATE TRIGGER "users_name_analytics" AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION touch_shared_analytics();
