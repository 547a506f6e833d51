import type { Metadata } from "next";
import Link from "next/link";
import { OutletsTable } from "@/components/admin/outlets-table";
import { UsersTable } from "@/components/admin/users-table";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listOutletsWithArticleCounts } from "@/lib/outlets/queries";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireRole(ACCESS.admin, "/admin");
  const [users, outlets] = await Promise.all([listUsers(), listOutletsWithArticleCounts()]);
  return (
    <>
      <header className="page-header">
        <h1>Admin</h1>
        <p className="muted">
          People with access, the codebook they tag with, and the outlets whose coverage is compared.
        </p>
      </header>
      <section className="card" aria-labelledby="codebook-heading">
        <h2 id="codebook-heading">Codebook</h2>
        <p className="muted">Categories, definitions and attributes; each save publishes a new version.</p>
        <Link href="/admin/codebook">Edit the codebook</Link>
      </section>
      <section className="card" aria-labelledby="lexicon-heading">
        <h2 id="lexicon-heading">Loaded-language lexicon</h2>
        <p className="muted">Terms suggested to reviewers as loaded language, beyond those Framewise ships.</p>
        <Link href="/admin/lexicon">Edit the lexicon</Link>
      </section>
      <UsersTable users={users} />
      <OutletsTable outlets={outlets} />
    </>
  );
}
