import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Compare" };

export default async function ComparePage() {
  await requireRole(ACCESS.compare, "/compare");
  return (
    <EmptyState title="No comparisons yet">
      <p>
        Comparison charts of outlets side by side need tagged articles. They appear here once reviewers have tagged an
        event&apos;s coverage.
      </p>
    </EmptyState>
  );
}
