"use client";

import { createContext, use, useState, type ReactNode } from "react";

interface Selection {
  selected: ReadonlySet<string>;
  set: (ids: string[], checked: boolean) => void;
  clear: () => void;
}

const SelectionContext = createContext<Selection | null>(null);

export function useArticleSelection(): Selection {
  const selection = use(SelectionContext);
  if (!selection) throw new Error("Article checkboxes belong inside an ArticleSelectionProvider.");
  return selection;
}

/**
 * The ticked articles, kept in state rather than in the DOM: React resets a form after its action, and
 * a failed move must not lose a selection made across twenty outlets.
 */
export function ArticleSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const set = (ids: string[], checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (checked) next.add(id);
        else next.delete(id);
      return next;
    });
  return <SelectionContext value={{ selected, set, clear: () => setSelected(new Set()) }}>{children}</SelectionContext>;
}

export function ArticleCheckbox({ articleId, title }: { articleId: string; title: string }) {
  const { selected, set } = useArticleSelection();
  return (
    <input
      type="checkbox"
      name="articleIds"
      value={articleId}
      checked={selected.has(articleId)}
      onChange={(event) => set([articleId], event.target.checked)}
      aria-label={`Select “${title}”`}
    />
  );
}

/** Ticks or clears every article of one outlet. */
export function OutletCheckbox({ articleIds, outletName }: { articleIds: string[]; outletName: string }) {
  const { selected, set } = useArticleSelection();
  const ticked = articleIds.filter((id) => selected.has(id)).length;
  return (
    <input
      type="checkbox"
      checked={ticked === articleIds.length}
      ref={(box) => {
        if (box) box.indeterminate = ticked > 0 && ticked < articleIds.length;
      }}
      onChange={(event) => set(articleIds, event.target.checked)}
      aria-label={`Select all articles from ${outletName}`}
    />
  );
}
