import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DiffView } from "@/components/codebook/diff-view";
import { VersionCategories } from "@/components/codebook/version-categories";
import { VersionSummary } from "@/components/codebook/version-summary";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { changesInVersion } from "@/lib/codebook/queries/changes-in-version";
import { findCodebookVersion } from "@/lib/codebook/queries/find-codebook-version";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Codebook version" };

export default async function CodebookVersionPage(props: { params: Promise<{ version: string }> }) {
  const { version: param } = await props.params;
  await requireRole(ACCESS.codebook, `/admin/codebook/versions/${encodeURIComponent(param)}`);
  const number = z.coerce.number().int().min(1).max(1_000_000).safeParse(param);
  const version = number.success ? await findCodebookVersion(number.data) : null;
  if (!version) notFound();
  const changes = await changesInVersion(version);
  const tags = version.categories.reduce((total, category) => total + category.tagCount, 0);
  return (
    <>
      <header className="page-header">
        <p className="small">
          <Link href="/admin/codebook">← Codebook</Link>
        </p>
        <h1>Codebook version {version.version}</h1>
        <p className="muted">
          Frozen as published: {plural(version.categories.length, "category", "categories")}, {plural(tags, "tag")} made
          under it.
        </p>
      </header>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About this version</h2>
        <VersionSummary {...version} />
      </section>
      {changes && (
        <section className="card" aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes from version {version.version - 1}</h2>
          <DiffView diff={changes} />
        </section>
      )}
      <VersionCategories categories={version.categories} />
    </>
  );
}
