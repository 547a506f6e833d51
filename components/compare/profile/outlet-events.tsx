import Link from "next/link";
import chartStyles from "@/components/charts/charts.module.css";
import type { OutletEvent } from "@/lib/analytics/profile/list-outlet-events";
import styles from "./outlet-profile.module.css";

/** The events the profile covers, each with the way into its comparison. */
export function OutletEvents({ events }: { events: OutletEvent[] }) {
  if (events.length === 0) return <p className="muted">This outlet has no article filed under an event yet.</p>;
  return (
    <div className={`card ${chartStyles.tableScroll}`}>
      <table className={`table ${styles.events}`} data-testid="outlet-events">
        <caption className={chartStyles.caption}>Events covered</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col" className="numeric">
              Articles
            </th>
            <th scope="col" className="numeric">
              Counted
            </th>
            <th scope="col" className="numeric">
              Outlets on it
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.eventId}>
              <th scope="row">
                <Link href={`/events/${event.eventId}/compare`}>
                  <bdi>{event.title}</bdi>
                </Link>
              </th>
              <td className="numeric">{event.articles}</td>
              <td className="numeric">{event.counted}</td>
              <td className="numeric">{event.outlets}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
