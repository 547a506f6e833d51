import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requireRole(ACCESS.import, "/import");
  return (
    <EmptyState title="Import is not available yet">
      <p>
        Importing pasted text, web pages, feeds and CSV/JSON files is being built. Until then, articles can only
        come from the demo dataset.
      </p>
    </EmptyState>
  );
}
