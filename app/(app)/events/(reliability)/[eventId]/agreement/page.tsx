import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { AgreementReport } from "@/components/agreement/agreement-report";
import { AgreementSkeleton } from "@/components/agreement/agreement-skeleton";
import { MethodsNote } from "@/components/agreement/methods-note";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { findEvent } from "@/lib/events/queries";

// This route sits in a route group beside events/[eventId] rather than inside it: that folder's loading.tsx would
// wrap this page in a loading boundary, which starts the response, and the 403 and 404 decided here would then go
// out as 200. Here they are decided first, and only the tables stream.

type Props = { params: Promise<{ eventId: string }> };

async function eventFor(eventId: string) {
  await requireRole(ACCESS.agreement, `/events/${encodeURIComponent(eventId)}/agreement`);
  const id = z.uuid().safeParse(eventId);
  return id.success ? findEvent(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const event = await eventFor((await props.params).eventId);
  return { title: event ? `Reviewer agreement: ${event.title}` : "Event not found" };
}

export default async function AgreementPage(props: Props) {
  const event = await eventFor((await props.params).eventId);
  if (!event) notFound();
  return (
    <>
      <header className="page-header">
        <p className="small">
          <Link href={`/events/${event.id}`}>
            ← <bdi>{event.title}</bdi>
          </Link>
        </p>
        <h1>Reviewer agreement</h1>
        <p className="muted">
          How far the reviewers of <bdi>{event.title}</bdi> agree, per category and per reviewer pair.
        </p>
      </header>
      <MethodsNote />
      <Suspense fallback={<AgreementSkeleton />}>
        <AgreementReport eventId={event.id} />
      </Suspense>
    </>
  );
}
