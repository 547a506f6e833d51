import { formatWeight } from "@/components/charts/format";
import type { ChartN } from "@/lib/analytics/chart-n";
import { plural } from "@/lib/format";

/**
 * A chart's n in words: which articles it counts, from gold or from reviewers, what it leaves out, and how many
 * (weighted) tags are behind it.
 */
export function describeN(n: ChartN, unit = "tags"): string {
  const tags = `${formatWeight(n.tags)} ${unit}`;
  const untagged = n.untagged > 0 ? `; ${n.untagged} untagged, not counted` : "";
  if (n.basis === "gold-only")
    return `${tags} from the ${plural(n.gold, "adjudicated article")} of ${n.inScope} (gold only; ${n.inScope - n.gold} not counted)`;
  const reviewed = n.counted - n.gold;
  const sources =
    n.basis === "reviewers"
      ? "reviewers' tags averaged, gold ignored"
      : [n.gold > 0 && `gold for ${n.gold}`, reviewed > 0 && `reviewers' tags averaged for ${reviewed}`]
          .filter(Boolean)
          .join(", ");
  return `${tags} from ${n.counted} of ${plural(n.inScope, "article")}${sources ? ` (${sources}${untagged})` : untagged}`;
}
