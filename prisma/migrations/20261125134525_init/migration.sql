-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REVIEWER');

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('FRAME', 'ATTRIBUTION', 'SOURCE_TYPE', 'LOADED_LANGUAGE');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "outlets" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2),
    "language" TEXT,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outlet_domains" (
    "domain" TEXT NOT NULL,
    "outlet_id" UUID NOT NULL,

    CONSTRAINT "outlet_domains_pkey" PRIMARY KEY ("domain")
);

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "outlet_id" UUID NOT NULL,
    "event_id" UUID,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "canonical_url" TEXT,
    "body_text" TEXT NOT NULL,
    "language" TEXT,
    "word_count" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "provenance" JSONB NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebooks" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "codebooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_versions" (
    "id" UUID NOT NULL,
    "codebook_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "notes" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "codebook_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_categories" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "kind" "CategoryKind" NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "codebook_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotations" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "quoted_text" TEXT NOT NULL,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "login_throttle_window_start_idx" ON "login_throttle"("window_start");

-- CreateIndex
CREATE UNIQUE INDEX "outlets_name_key" ON "outlets"("name");

-- CreateIndex
CREATE INDEX "outlet_domains_outlet_id_idx" ON "outlet_domains"("outlet_id");

-- CreateIndex
CREATE INDEX "articles_event_id_outlet_id_idx" ON "articles"("event_id", "outlet_id");

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

-- CreateIndex
CREATE UNIQUE INDEX "articles_outlet_id_canonical_url_key" ON "articles"("outlet_id", "canonical_url");

-- CreateIndex
CREATE UNIQUE INDEX "codebooks_slug_key" ON "codebooks"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "codebook_versions_codebook_id_version_key" ON "codebook_versions"("codebook_id", "version");

-- CreateIndex
CREATE INDEX "codebook_categories_version_id_kind_idx" ON "codebook_categories"("version_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "codebook_categories_version_id_code_key" ON "codebook_categories"("version_id", "code");

-- CreateIndex
CREATE INDEX "annotations_article_id_reviewer_id_idx" ON "annotations"("article_id", "reviewer_id");

-- CreateIndex
CREATE INDEX "annotations_category_id_idx" ON "annotations"("category_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "outlet_domains" ADD CONSTRAINT "outlet_domains_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_versions" ADD CONSTRAINT "codebook_versions_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_versions" ADD CONSTRAINT "codebook_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_categories" ADD CONSTRAINT "codebook_categories_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "codebook_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "codebook_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
