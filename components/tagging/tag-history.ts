import type { TagFields, WorkspaceTag } from "./types";

/** One undoable change, with what is needed to replay it either way. */
export type HistoryStep =
  | { kind: "create"; tag: WorkspaceTag }
  | { kind: "delete"; tag: WorkspaceTag }
  | { kind: "update"; tagId: string; before: TagFields; after: TagFields };

/** A tag deleted and made again has a new id; the steps that name the old one follow it. */
export function remapTagId(steps: HistoryStep[], from: string, to: string): HistoryStep[] {
  return steps.map((step) => {
    if (step.kind === "update") return step.tagId === from ? { ...step, tagId: to } : step;
    return step.tag.id === from ? { ...step, tag: { ...step.tag, id: to } } : step;
  });
}

/** What a step did, for the live region after an undo or redo. */
export function describeStep(step: HistoryStep): string {
  if (step.kind === "update") return `the change to the ${step.after.label} tag`;
  return `${step.kind === "create" ? "making" : "deleting"} the ${step.tag.label} tag on “${step.tag.quotedText}”`;
}
