import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LoadedHabits, OutletHabits } from "@/components/compare/profile/outlet-habits";
import { OutletNames } from "@/components/compare/profile/outlet-names";
import styles from "@/components/compare/profile/outlet-profile.module.css";
import { OutletEvents } from "@/components/compare/profile/outlet-events";
import { outletColor } from "@/components/events/outlet-colors";
import { compareOutletHabits } from "@/lib/analytics/profile/compare-outlet-habits";
import { findProfileOutlet } from "@/lib/analytics/profile/find-profile-outlet";
import { listOutletEvents } from "@/lib/analytics/profile/list-outlet-events";
import { listOutletNames } from "@/lib/analytics/profile/list-outlet-names";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { plural } from "@/lib/format";

type Props = { params: Promise<{ outletId: string }> };

async function outletFor(outletId: string) {
  await requireRole(ACCESS.compare, `/outlets/${encodeURIComponent(outletId)}`);
  const id = z.uuid().safeParse(outletId);
  return id.success ? findProfileOutlet(id.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const outlet = await outletFor((await props.params).outletId);
  return { title: outlet ? `Outlet profile: ${outlet.name}` : "Outlet not found" };
}

export default async function OutletProfilePage(props: Props) {
  const outlet = await outletFor((await props.params).outletId);
  if (!outlet) notFound();
  const [events, habits, names] = await Promise.all([
    listOutletEvents(outlet.id),
    compareOutletHabits(outlet.id),
    listOutletNames(outlet.id),
  ]);
  const counted = events.reduce((sum, event) => sum + event.counted, 0);
  const color = outletColor(0);
  return (
    <>
      <header className="page-header">
        <p className="small">
          <Link href="/compare">← Compare</Link>
        </p>
        <h1>
          <bdi>{outlet.name}</bdi>
        </h1>
        <p className="muted">
          Outlet profile · {[outlet.country, outlet.language].filter(Boolean).join(" · ") || "country not set"} ·{" "}
          {plural(events.length, "event")} · {plural(counted, "counted article")}
        </p>
        <p>
          How this outlet covers the events it reported on, against the average of the other outlets on the same events
          (each outlet counting once). Counts use gold where adjudicated, else submitted reviewers&apos; tags averaged.
        </p>
      </header>
      <OutletEvents events={events} />
      {counted === 0 ? (
        <p className="muted">None of this outlet&apos;s articles has been submitted or adjudicated yet.</p>
      ) : (
        <div className={styles.grid}>
          <section className={`card ${styles.card}`} aria-labelledby="frames-voices">
            <h2 id="frames-voices">Frames and voices</h2>
            <p>Share of its frame passages and of its attributions, largest first.</p>
            <OutletHabits habits={habits} outletName={outlet.name} color={color} />
          </section>
          <section className={`card ${styles.card}`} aria-labelledby="loaded-naming">
            <h2 id="loaded-naming">Loaded language and naming</h2>
            <p>Charged wording in its own voice, and the names it gives the actors.</p>
            <LoadedHabits habits={habits} outletName={outlet.name} />
            <OutletNames names={names} />
          </section>
        </div>
      )}
    </>
  );
}
