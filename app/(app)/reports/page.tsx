import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireRole(ACCESS.reports, "/reports");
  return (
    <EmptyState title="No reports yet">
      <p>
        Reports (CSV, JSON and printable PDF) are built from an event&apos;s comparison once it has tagged articles.
      </p>
    </EmptyState>
  );
}
