import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Tagging" };

export default async function TaggingPage() {
  await requireRole(ACCESS.tagging, "/tagging");
  return (
    <EmptyState title="Tagging is not available yet">
      <p>Tagging frames, sources and loaded language in an article&apos;s text is being built.</p>
    </EmptyState>
  );
}
