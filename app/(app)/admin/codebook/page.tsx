import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CodebookEditor } from "@/components/codebook/codebook-editor";
import { VersionHistory } from "@/components/codebook/version-history";
import { VersionSummary } from "@/components/codebook/version-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listCodebookVersions } from "@/lib/codebook/queries/list-codebook-versions";
import { loadCodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { publishCodebookAction } from "./actions";

export const metadata: Metadata = { title: "Codebook" };

// A malformed query string shows the plain page.
const querySchema = z.object({ published: z.coerce.number().int().min(1).optional().catch(undefined) });

export default async function CodebookPage(props: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireRole(ACCESS.codebook, "/admin/codebook");
  const { published } = querySchema.parse(await props.searchParams);
  const [draft, versions] = await Promise.all([loadCodebookDraft(), listCodebookVersions()]);
  return (
    <>
      <header className="page-header">
        <h1>Codebook</h1>
        <p className="muted">
          The categories reviewers tag with and their definitions. Saving publishes the next version: new tags use it,
          and tags made earlier keep the version they were made under.
        </p>
      </header>
      {published && published === draft?.version && (
        <p className="card" role="status" data-testid="published-notice">
          Version {published} is published: new tags use it from now on.{" "}
          <Link href={`/admin/codebook/versions/${published}`}>See version {published}</Link>
        </p>
      )}
      {draft ? (
        <>
          <section className="card" aria-labelledby="current-heading">
            <h2 id="current-heading">Version in use</h2>
            <VersionSummary {...draft} />
          </section>
          <CodebookEditor key={draft.version} codebook={draft} publish={publishCodebookAction} />
        </>
      ) : (
        <EmptyState title="No codebook yet">
          <p>The default codebook is published when the app starts; restart it to publish the shipped versions.</p>
        </EmptyState>
      )}
      {versions.length > 0 && <VersionHistory versions={versions} />}
    </>
  );
}
