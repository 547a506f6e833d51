// Runs once when each app instance starts: joins the Postgres-backed import queue as a worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startImportWorker } = await import("./lib/import/jobs/import-queue");
  await startImportWorker();
}
