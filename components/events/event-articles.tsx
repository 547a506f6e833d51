import type { EventArticle } from "@/lib/events/event-articles";
import type { EventSummary } from "@/lib/events/queries";
import { OutletArticles } from "./outlet-articles";

/** The event's articles grouped by outlet, in the coverage table's order (most articles first). */
export function EventArticles({
  event,
  articles,
  selectable,
}: {
  event: EventSummary;
  articles: EventArticle[];
  selectable: boolean;
}) {
  const byOutlet = new Map<string, EventArticle[]>();
  for (const article of articles) byOutlet.set(article.outletId, [...(byOutlet.get(article.outletId) ?? []), article]);
  return event.coverage.map((coverage) => (
    <OutletArticles
      key={coverage.outletId}
      coverage={coverage}
      articles={byOutlet.get(coverage.outletId) ?? []}
      counting={event.counting}
      selectable={selectable}
    />
  ));
}
