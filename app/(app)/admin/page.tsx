import type { Metadata } from "next";
import Link from "next/link";
import { OutletsTable } from "@/components/admin/outlets-table";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listOutletsWithArticleCounts } from "@/lib/outlets/queries";
import { plural } from "@/lib/format";
import { countUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireRole(ACCESS.admin, "/admin");
  const [userCount, outlets] = await Promise.all([countUsers(), listOutletsWithArticleCounts()]);
  return (
    <>
      <header className="page-header">
        <h1>Admin</h1>
        <p className="muted">
          People with access, the codebook they tag with, and the outlets whose coverage is compared.
        </p>
      </header>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        <p className="muted">
          {plural(userCount, "account")}: add people, change roles, reset passwords, disable accounts, clear slowed
          sign-ins.
        </p>
        <Link href="/admin/users">Manage people</Link>
      </section>
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
      <OutletsTable outlets={outlets} />
    </>
  );
}
