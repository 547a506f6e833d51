import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OutletForm } from "@/components/admin/outlet-form";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { findOutlet } from "@/lib/outlets/queries";
import { updateOutletAction } from "../../actions";

export const metadata: Metadata = { title: "Edit outlet" };

export default async function EditOutletPage({ params }: { params: Promise<{ outletId: string }> }) {
  const { outletId } = await params;
  await requireRole(ACCESS.admin, `/admin/outlets/${outletId}`);
  const id = z.uuid().safeParse(outletId);
  const outlet = id.success ? await findOutlet(id.data) : null;
  if (!outlet) notFound();
  return (
    <>
      <header className="page-header">
        <h1>{outlet.name}</h1>
        <p className="muted">Outlets are created when their first article is imported; correct their details here.</p>
      </header>
      <OutletForm
        outlet={{ ...outlet, domains: outlet.domains.map((d) => d.domain) }}
        save={updateOutletAction.bind(null, outlet.id)}
      />
    </>
  );
}
