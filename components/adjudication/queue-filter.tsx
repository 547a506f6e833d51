import styles from "./queue.module.css";

interface QueueFilterProps {
  events: { id: string; title: string }[];
  eventId: string | null;
}

/** Narrows the queue to one event; a plain GET form, so the filter is in the URL and works before hydration. */
export function QueueFilter({ events, eventId }: QueueFilterProps) {
  return (
    <form method="get" action="/adjudication" className={styles.filter} aria-label="Filter">
      <label>
        Event
        <select name="event" defaultValue={eventId ?? ""}>
          <option value="">All events</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Show
      </button>
    </form>
  );
}
