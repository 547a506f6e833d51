import PgBoss from "pg-boss";
import { db } from "../../db/client.ts";
import { lockUntilCommit } from "../../db/transaction-lock.ts";
import { deleteStalePreviews } from "../batches/delete-stale-previews.ts";
import { requeueInterruptedBatches } from "../batches/requeue-interrupted-batches.ts";
import { saveStagedBatch } from "../batches/save-staged-batch.ts";

// Large imports are saved by a Postgres-backed queue: any app instance may pick the job up, and a
// job whose instance dies is retried by another, so nothing depends on one process staying alive.
const QUEUE = "import-save";
// Hourly, on whichever instance pg-boss picks: abandoned previews are deleted after their retention period.
const CLEANUP_QUEUE = "import-cleanup";

const cache = globalThis as unknown as { framewiseBoss?: Promise<PgBoss> };

function boss(): Promise<PgBoss> {
  cache.framewiseBoss ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; the import queue needs the database.");
    const instance = new PgBoss({ connectionString: url, max: 3 });
    instance.on("error", (error) => console.error("import queue:", error));
    await instance.start();
    await createQueues(instance);
    return instance;
  })();
  return cache.framewiseBoss;
}

/**
 * Creates the queues (nothing when they exist) one app instance at a time. On a fresh database pg-boss's
 * create_queue adds a partition and foreign keys; two instances starting together (bench:load's two processes)
 * deadlocked there and one of them failed to start.
 */
export async function createQueues(instance: PgBoss): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await lockUntilCommit(tx, ["pg-boss:create-queues"]);
      await instance.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 5, expireInSeconds: 45 * 60 });
      await instance.createQueue(CLEANUP_QUEUE, { name: CLEANUP_QUEUE });
    },
    { timeout: 60_000 },
  );
}

export async function enqueueBatchSave(batchId: string): Promise<void> {
  await (await boss()).send(QUEUE, { batchId }, { singletonKey: batchId });
}

/**
 * Runs in every app instance (see instrumentation.ts); pg-boss hands each job to one of them. A batch whose save
 * a crash cut off is queued again at once: pg-boss would retry its job only when the job expires (45 minutes).
 */
export async function startImportWorker(): Promise<void> {
  const instance = await boss();
  await instance.work<{ batchId: string }>(QUEUE, async ([job]) => {
    await saveStagedBatch(job.data.batchId);
  });
  for (const batchId of await requeueInterruptedBatches()) await enqueueBatchSave(batchId);
  await instance.schedule(CLEANUP_QUEUE, "17 * * * *");
  await instance.work(CLEANUP_QUEUE, async () => {
    await deleteStalePreviews();
  });
}

export async function stopImportQueue(): Promise<void> {
  if (!cache.framewiseBoss) return;
  const instance = await cache.framewiseBoss;
  cache.framewiseBoss = undefined;
  await instance.stop({ graceful: true, wait: true });
}
