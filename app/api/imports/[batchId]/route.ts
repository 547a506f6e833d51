import { z } from "zod";
import { ACCESS } from "@/lib/auth/roles";
import { apiError, withRole } from "@/lib/http/api-route";
import { canViewBatch } from "@/lib/import/batches/batch-access";
import { batchProgress } from "@/lib/import/batches/queries";

const paramsSchema = z.object({ batchId: z.uuid() });

/** Progress of an import batch, polled by the import page while a large batch is being saved. */
export const GET = withRole(
  ACCESS.import,
  async (_request, { params }: { params: Promise<{ batchId: string }> }, user) => {
    const { batchId } = paramsSchema.parse(await params);
    const progress = await batchProgress(batchId);
    // Another reviewer's unsaved preview answers as if it did not exist.
    if (!progress || !canViewBatch(user, progress)) return apiError(404, "not_found", "No import with this id.");
    const { createdById: _, ...visible } = progress;
    const errors = Array.isArray(progress.errors) ? progress.errors.length : 0;
    return Response.json({ ...visible, errors });
  },
);
