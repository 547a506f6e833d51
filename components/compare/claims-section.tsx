import { traceClaims } from "@/lib/analytics/queries/trace-claims";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { linkTemplate } from "@/components/charts/link-template";
import { ChartSection } from "./chart-section";
import { shownClaimCells } from "./claim-cell";
import { ClaimsTable } from "./claims-table";
import { passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { NothingCounted } from "./nothing-counted";

/** Claims across outlets: each claim of the event, and how each outlet carried it or left it out. */
export async function ClaimsSection({ view }: { view: CompareView }) {
  const [{ n, scope, claims, cells }, actors] = await Promise.all([
    traceClaims(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const rows = view.outlets.filter((outlet) => cells.some((cell) => cell.outletId === outlet.id));
  const counted = rows.filter((row) => cells.some((cell) => cell.outletId === row.id && cell.status !== "untagged"));
  return (
    <ChartSection
      id="claims"
      title="Claims across outlets"
      intro={
        <>
          For each key claim of the event, how each outlet carried it: quoted directly, paraphrased or unattributed,
          from whom, in the lead (first paragraph) or later, with which verb. <strong>Omitted</strong> means none of the
          outlet&apos;s counted articles has an attribution linked to the claim: a measured result, not a gap.
        </>
      }
      n={n}
      unit="claim links"
      view={view}
    >
      {claims.length === 0 ? (
        <p className={styles.note}>This event has no claims yet: editors add them on the event page.</p>
      ) : counted.length === 0 ? (
        <NothingCounted view={view} scope={scope} />
      ) : (
        <ClaimsTable
          outlets={rows}
          claims={claims.map(({ id, label }) => ({ id, name: label }))}
          cells={shownClaimCells(cells)}
          actors={actors.map(({ id, name }) => ({ id, name }))}
          link={linkTemplate(["claim", "outlet"], ({ claim, outlet }) =>
            passagesHref(view, { kind: "ATTRIBUTION", claim, outlet, section: "claims" }),
          )}
        />
      )}
    </ChartSection>
  );
}
