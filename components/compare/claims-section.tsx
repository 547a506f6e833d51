import { traceClaims } from "@/lib/analytics/queries/trace-claims";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { ClaimCellView } from "./claim-cell";
import { passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { OutletColumnsHead } from "./outlet-columns-head";
import { NothingCounted } from "./nothing-counted";
import { ThinKey } from "./thin-mark";

/** Claims across outlets: each claim of the event, and how each outlet carried it or left it out. */
export async function ClaimsSection({ view }: { view: CompareView }) {
  const [{ n, scope, claims, cells }, actors] = await Promise.all([
    traceClaims(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const rows = view.outlets.filter((outlet) => cells.some((cell) => cell.outletId === outlet.id));
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
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
        <div className={styles.scroll}>
          <table className={styles.matrix} data-testid="claims-table">
            <OutletColumnsHead first="Claim" outlets={rows} />
            <tbody>
              {claims.map((claim) => {
                const claimCells = cells.filter((cell) => cell.claimId === claim.id);
                const carriedBy = claimCells.filter((cell) => cell.status === "carried").length;
                const measured = claimCells.filter((cell) => cell.status !== "untagged").length;
                return (
                  <tr key={claim.id}>
                    <th scope="row">
                      <bdi>{claim.label}</bdi>
                      <div className={styles.detail}>
                        Carried by {carriedBy} of {plural(measured, "outlet")}
                      </div>
                    </th>
                    {rows.map((row) => (
                      <ClaimCellView
                        key={row.id}
                        cell={claimCells.find((cell) => cell.outletId === row.id)!}
                        actorNames={actorNames}
                        href={passagesHref(view, {
                          kind: "ATTRIBUTION",
                          claim: claim.id,
                          outlet: row.id,
                          section: "claims",
                        })}
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ThinKey />
        </div>
      )}
    </ChartSection>
  );
}
