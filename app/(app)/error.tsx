"use client";

import Link from "next/link";
import styles from "./error.module.css";

/** What a reader sees when a page fails: what happened, what to do next, and a reference for support. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className={`card ${styles.error}`} role="alert" aria-labelledby="error-heading">
      <h1 id="error-heading">This page could not be shown</h1>
      <p>
        Something went wrong on our side while loading it. Trying again usually helps; if it keeps happening, tell your
        admin and give them the reference below.
      </p>
      <div className={styles.actions}>
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link href="/events">Back to events</Link>
      </div>
      {error.digest && (
        <p className="muted small">
          Reference for support: <code>{error.digest}</code>
        </p>
      )}
    </section>
  );
}
