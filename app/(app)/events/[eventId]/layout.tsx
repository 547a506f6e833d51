import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { findEvent } from "@/lib/events/queries";

/** Decides 404 above the page's loading boundary: once the skeleton is sent, the status is 200. */
export default async function EventLayout(props: { children: ReactNode; params: Promise<{ eventId: string }> }) {
  const { eventId } = await props.params;
  await requireRole(ACCESS.events, `/events/${encodeURIComponent(eventId)}`);
  const id = z.uuid().safeParse(eventId);
  if (!id.success || !(await findEvent(id.data))) notFound();
  return props.children;
}
