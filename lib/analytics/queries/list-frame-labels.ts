import { db } from "../../db/client.ts";
import { frameLabelsSql } from "../frame-labels-sql.ts";

export interface FrameLabel {
  code: string;
  label: string;
}

/** Every frame code once with its label (the newest published version that has it), in codebook order. */
export function listFrameLabels(): Promise<FrameLabel[]> {
  return db().$queryRaw<FrameLabel[]>`
    WITH ${frameLabelsSql}
    SELECT code, label FROM frame_labels ORDER BY position, code`;
}
