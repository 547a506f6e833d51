import Link from "next/link";
import type { ProfileOutlet } from "@/lib/analytics/profile/list-profile-outlets";
import { plural } from "@/lib/format";
import styles from "./outlet-profile.module.css";

/** The way into each outlet's profile: its habits across the events it covered. */
export function OutletProfiles({ outlets }: { outlets: ProfileOutlet[] }) {
  if (outlets.length === 0) return null;
  return (
    <section className={`card ${styles.profiles}`} aria-labelledby="outlet-profiles">
      <h2 id="outlet-profiles">Outlet profiles</h2>
      <p className="muted small">Each outlet&apos;s habits across every event it covered, against the other outlets.</p>
      <ul data-testid="outlet-profiles">
        {outlets.map((outlet) => (
          <li key={outlet.id}>
            <Link href={`/outlets/${outlet.id}`}>
              <bdi>{outlet.name}</bdi>
            </Link>{" "}
            <span className="muted small">
              {plural(outlet.events, "event")} · {plural(outlet.articles, "article")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
