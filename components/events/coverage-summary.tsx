import type { EventSummary } from "@/lib/events/queries";
import { plural } from "@/lib/format";

const copies = (count: number) => plural(count, "syndicated copy", "syndicated copies");

/** One line that agrees with the coverage table in either counting mode. */
export function coverageSummary(event: EventSummary): string {
  const outlets = plural(event.coverage.length, "outlet");
  const copyCount = event.totalSyndicatedCopies;
  if (event.counting === "once") {
    const ran = plural(event.totalArticles + copyCount, "article");
    return copyCount
      ? `${outlets} ran ${ran}: ${event.totalArticles} counted, ${copies(copyCount)} not counted`
      : `${outlets} ran ${ran}`;
  }
  const ran = `${outlets} ran ${plural(event.totalArticles, "article")}`;
  return copyCount ? `${ran}, ${copies(copyCount)} among them` : ran;
}
