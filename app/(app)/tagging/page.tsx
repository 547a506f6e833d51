import type { Metadata } from "next";
import { PickableArticles } from "@/components/assignments/pickable-articles";
import { ReviewerQueue } from "@/components/assignments/reviewer-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { listPickableArticles } from "@/lib/assignments/pickable-articles";
import { listReviewerQueue } from "@/lib/assignments/reviewer-queue";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { pickArticleAction } from "./actions";

export const metadata: Metadata = { title: "My queue" };

export default async function TaggingPage() {
  const reviewer = await requireRole(ACCESS.tagging, "/tagging");
  const [queue, pickable] = await Promise.all([listReviewerQueue(reviewer.id), listPickableArticles(reviewer.id)]);
  return (
    <>
      <header className="page-header">
        <h1>My queue</h1>
        <p className="muted">
          Articles you tag blind: you see only your own tags until everyone assigned has submitted.
        </p>
      </header>
      {queue.length > 0 ? (
        <ReviewerQueue articles={queue} />
      ) : (
        <EmptyState title="No articles assigned yet">
          <p>
            {pickable.length > 0
              ? "Pick up an unassigned article below, or ask an editor to assign you."
              : "Ask an editor to assign you articles of an event."}
          </p>
        </EmptyState>
      )}
      <PickableArticles articles={pickable} pick={pickArticleAction} />
    </>
  );
}
