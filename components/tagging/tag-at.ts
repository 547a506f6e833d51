import type { WorkspaceTag } from "./types";

/** The tag a click at `offset` means: of those covering it, the shortest (the innermost of nested tags). */
export function tagAt(tags: WorkspaceTag[], offset: number): WorkspaceTag | undefined {
  return tags
    .filter((tag) => tag.startOffset <= offset && offset < tag.endOffset)
    .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset))[0];
}
