import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      <div>{children}</div>
    </section>
  );
}
