"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

interface Progress {
  status: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  errors: number;
  message: string | null;
}

const POLL_MS = 1000;

/** Polls the batch's progress (kept in Postgres, so a reload or another instance shows the same). */
export function ImportProgress({ batchId, initial }: { batchId: string; initial: Progress }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const running = progress.status === "QUEUED" || progress.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/${batchId}`, { cache: "no-store" });
      if (!response.ok) return;
      const next = (await response.json()) as Progress;
      setProgress(next);
      if (next.status !== "QUEUED" && next.status !== "RUNNING") router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [batchId, running, router]);

  const percent = progress.totalRows ? Math.round((progress.processedRows / progress.totalRows) * 100) : 0;
  return (
    <section className="card" aria-live="polite" data-testid="import-progress">
      <p>
        {progress.status === "QUEUED" ? "Waiting for a worker…" : "Saving…"} {progress.processedRows} of{" "}
        {progress.totalRows} rows ({percent}%), {progress.errors} rows rejected while reading.
      </p>
      <progress max={progress.totalRows || 1} value={progress.processedRows} />
    </section>
  );
}
