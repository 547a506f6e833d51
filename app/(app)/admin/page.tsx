import type { Metadata } from "next";
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
        <p className="muted">People with access, and the outlets whose coverage is compared.</p>
      </header>
      <UsersTable users={users} />
      <OutletsTable outlets={outlets} />
    </>
  );
}
