import type { Prisma } from "../../db/generated/client.ts";
import { newOutletDomains, type NewOutletDomain } from "../../outlets/new-outlet-domains.ts";
import { outletNameKey } from "../../outlets/outlet-names.ts";
import { matchOutlets } from "../../outlets/resolve-outlets.ts";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "outlet" | "outletDomain">;

/** An outlet that saving a batch would create, with the staged rows that name it. */
export interface ProposedOutlet extends NewOutletDomain {
  name: string;
  rows: number[];
  /** The reviewer chose to create it; until then the batch cannot be saved. */
  approved: boolean;
}

/** The outlets a batch would create, in the order the file first names them. */
export async function proposedOutlets(reader: Reader, batchId: string): Promise<ProposedOutlet[]> {
  const [staged, [batch]] = await Promise.all([
    reader.$queryRaw<{ row_number: number; outlet: string | null; url: string | null }[]>`
      SELECT row_number, article->>'outlet' AS outlet, article->>'url' AS url
      FROM import_rows WHERE batch_id = ${batchId}::uuid ORDER BY row_number`,
    reader.$queryRaw<{ approved_outlets: string[] }[]>`
      SELECT approved_outlets FROM import_batches WHERE id = ${batchId}::uuid`,
  ]);
  const approved = new Set((batch?.approved_outlets ?? []).map((name) => name.toLowerCase()));
  const resolved = await matchOutlets(
    reader,
    staged.map(({ outlet, url }) => ({ name: outlet, url })),
  );
  const domains = newOutletDomains(resolved);
  const proposals = new Map<string, ProposedOutlet>();
  resolved.forEach((outlet, index) => {
    if (!outlet || outlet.id) return;
    const key = outlet.name.toLowerCase();
    const proposal = proposals.get(key) ?? {
      name: outlet.name,
      ...domains.get(outletNameKey(outlet.name))!,
      rows: [],
      approved: approved.has(key),
    };
    proposal.rows.push(staged[index].row_number);
    proposals.set(key, proposal);
  });
  return [...proposals.values()];
}
