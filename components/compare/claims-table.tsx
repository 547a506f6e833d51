"use client";

import { fillLink, type LinkTemplate } from "@/components/charts/link-template";
import { plural } from "@/lib/format";
import { cellsAt, rowCells, type CellGroups } from "./cell-groups";
import { ClaimCellView, type ShownClaimCell } from "./claim-cell";
import type { OutletInfo } from "./compare-view";
import styles from "./compare.module.css";
import { OutletMatrix } from "./outlet-matrix";

interface Props {
  outlets: OutletInfo[];
  claims: { id: string; name: string }[];
  cells: CellGroups<ShownClaimCell>;
  actors: { id: string; name: string }[];
  /** Where a carried cell leads: its attributions in that outlet. */
  link: LinkTemplate<"claim" | "outlet">;
}

/**
 * Each claim (rows) in each outlet (columns). A client component fed the cells' numbers and one link template,
 * so the ~1,900 elements of a 20-outlet table are built here rather than sent as elements in the page's payload.
 */
export function ClaimsTable({ outlets, claims, cells, actors, link }: Props) {
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (
    <OutletMatrix
      testId="claims-table"
      first="Claim"
      outlets={outlets}
      rows={claims}
      heading={(claim) => {
        const claimCells = rowCells(cells, claim.id);
        const carriedBy = claimCells.filter((cell) => cell.status === "carried").length;
        const measured = claimCells.filter((cell) => cell.status !== "untagged").length;
        return (
          <>
            <bdi>{claim.name}</bdi>
            <div className={styles.detail}>
              Carried by {carriedBy} of {plural(measured, "outlet")}
            </div>
          </>
        );
      }}
      cell={(claim, outlet) => (
        <ClaimCellView
          key={outlet.id}
          cell={cellsAt(cells, outlet.id, claim.id)[0]}
          actorNames={actorNames}
          href={fillLink(link, { claim: claim.id, outlet: outlet.id })}
        />
      )}
    />
  );
}
