import Form from "next/form";
import Link from "next/link";
import type { ArticleFilters } from "@/lib/articles/search-filters";
import styles from "./article-filters.module.css";

interface Choice {
  id: string;
  label: string;
}

/** The list's search and filters: a GET form, so it works without JavaScript and its results can be linked. */
export function ArticleFiltersForm(props: { filters: ArticleFilters; events: Choice[]; outlets: Choice[] }) {
  const { filters } = props;
  return (
    <Form action="/articles" className={`card form ${styles.filters}`} role="search" aria-label="Filter articles">
      <label className={styles.search}>
        Search titles and text
        <input
          type="search"
          name="q"
          defaultValue={filters.q}
          placeholder='e.g. evacuation "toxic cloud" -Meridian'
          maxLength={200}
        />
      </label>
      <label className={styles.choice}>
        Event
        <select name="event" defaultValue={filters.event ?? ""}>
          <option value="">All events</option>
          <option value="none">Not filed under an event</option>
          {props.events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.choice}>
        Outlet
        <select name="outlet" defaultValue={filters.outlet ?? ""}>
          <option value="">All outlets</option>
          {props.outlets.map((outlet) => (
            <option key={outlet.id} value={outlet.id}>
              {outlet.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Published from
        <input type="date" name="from" defaultValue={filters.from} />
      </label>
      <label>
        Published to
        <input type="date" name="to" defaultValue={filters.to} />
      </label>
      <label className={styles.choice}>
        Sort by
        <select name="sort" defaultValue={filters.sort}>
          <option value="published">Newest published</option>
          <option value="imported">Newest imported</option>
        </select>
      </label>
      <div className={styles.actions}>
        <button type="submit">Show articles</button>
        <Link href="/articles">Clear filters</Link>
      </div>
    </Form>
  );
}
