import type { ReactNode } from "react";
import { AppNav } from "@/components/nav/app-nav";
import { requireRole } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireRole(ROLES);
  return (
    <>
      <AppNav user={user} />
      <main className="page">{children}</main>
    </>
  );
}
