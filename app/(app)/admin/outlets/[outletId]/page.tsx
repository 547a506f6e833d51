import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MergeOutletSection } from "@/components/admin/merge-outlet-section";
import { MergedNotice } from "@/components/admin/merged-notice";
import { OutletForm } from "@/components/admin/outlet-form";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listOutletChoices } from "@/lib/outlets/list-outlet-choices";
import { planOutletMerge } from "@/lib/outlets/plan-outlet-merge";
import { findOutlet } from "@/lib/outlets/queries";
import { mergeOutletAction, updateOutletAction } from "../../actions";

export const metadata: Metadata = { title: "Edit outlet" };

// A malformed query string shows the plain page rather than an error.
const querySchema = z.object({
  mergeInto: z.uuid().optional().catch(undefined),
  merged: z.string().max(200).optional().catch(undefined),
  moved: z.coerce.number().int().min(0).catch(0),
  dropped: z.coerce.number().int().min(0).catch(0),
});

export default async function EditOutletPage(props: {
  params: Promise<{ outletId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { outletId } = await props.params;
  await requireRole(ACCESS.admin, `/admin/outlets/${outletId}`);
  const id = z.uuid().safeParse(outletId);
  const outlet = id.success ? await findOutlet(id.data) : null;
  if (!outlet) notFound();
  const query = querySchema.parse(await props.searchParams);
  const domains = outlet.domains.map((d) => d.domain);
  const targets = (await listOutletChoices()).filter((choice) => choice.id !== outlet.id);
  const target = targets.find((choice) => choice.id === query.mergeInto);
  return (
    <>
      <header className="page-header">
        <h1>{outlet.name}</h1>
        <p className="muted">Outlets are created when their first article is imported; correct their details here.</p>
      </header>
      {query.merged && <MergedNotice summary={{ ...query, merged: query.merged }} target={outlet.name} />}
      <OutletForm outlet={{ ...outlet, domains }} save={updateOutletAction.bind(null, outlet.id)} />
      <MergeOutletSection
        source={{ ...outlet, domains }}
        targets={targets}
        chosen={target && { target, plan: await planOutletMerge(outlet.id, target.id) }}
        merge={mergeOutletAction.bind(null, outlet.id)}
      />
    </>
  );
}
