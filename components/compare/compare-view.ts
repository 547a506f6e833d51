import type { ChartRow } from "@/components/charts/types";
import type { EventAgreement } from "@/lib/agreement/compute-event-agreement";
import type { EventScope, OutletScope } from "@/lib/analytics/queries/count-scope";
import { filterParams, type CompareFilters } from "@/lib/analytics/filters";
import { writePassageSelector, type PassageSelector } from "@/lib/analytics/passage-selector";

export interface OutletInfo {
  id: string;
  name: string;
  /** Given by the outlet's place among all of the event's outlets, so it stays when filters narrow the view. */
  color: string;
}

/** What every section of an event's comparison needs besides its own query. */
export interface CompareView {
  eventId: string;
  /** The page's path, /events/<id>/compare. */
  path: string;
  filters: CompareFilters;
  outlets: OutletInfo[];
  /** Reviewer agreement on the whole event, computed once and shared by the sections that show it. */
  agreement: Promise<EventAgreement>;
}

/** The page with the same filters and the passages behind `selector` open. */
export function passagesHref(view: CompareView, selector: PassageSelector): string {
  return `${view.path}?${writePassageSelector(filterParams(view.filters), selector)}#passages`;
}

/**
 * The chart rows of the outlets with counted articles, in the event's outlet order; `describe` gives each its n
 * and whether its data is thin.
 */
export function outletRows(
  view: Pick<CompareView, "outlets">,
  scope: EventScope,
  describe: (outlet: OutletScope) => { note: string; thin: boolean },
): ChartRow[] {
  return view.outlets.flatMap((outlet) => {
    const counted = scope.outlets.find((row) => row.outletId === outlet.id);
    if (!counted || counted.counted === 0) return [];
    return [{ id: outlet.id, label: outlet.name, color: outlet.color, ...describe(counted) }];
  });
}

/** The outlets in scope that have nothing counted, to name under a chart rather than silently leave out. */
export function uncountedOutlets(view: CompareView, scope: EventScope): OutletInfo[] {
  return view.outlets.filter((outlet) => {
    const counted = scope.outlets.find((row) => row.outletId === outlet.id);
    return counted !== undefined && counted.counted === 0;
  });
}
