import { describe, expect, it } from "vitest";
import { describeStep, remapTagId, type HistoryStep } from "./tag-history";
import type { TagFields, WorkspaceTag } from "./types";

const tag = (id: string) => ({ id }) as WorkspaceTag;
const fields = {} as TagFields;

describe("remapTagId", () => {
  it("points every step at a tag made again under its new id, and leaves the others alone", () => {
    const steps: HistoryStep[] = [
      { kind: "create", tag: tag("old") },
      { kind: "update", tagId: "old", before: fields, after: fields },
      { kind: "delete", tag: tag("other") },
    ];
    expect(remapTagId(steps, "old", "new")).toEqual([
      { kind: "create", tag: tag("new") },
      { kind: "update", tagId: "new", before: fields, after: fields },
      { kind: "delete", tag: tag("other") },
    ]);
  });
});

describe("describeStep", () => {
  it("says what an undo or redo replayed", () => {
    const quoted = { id: "t", label: "Economic", quotedText: "jobs" } as WorkspaceTag;
    expect(describeStep({ kind: "create", tag: quoted })).toBe("making the Economic tag on “jobs”");
    expect(
      describeStep({ kind: "update", tagId: "t", before: fields, after: { label: "Economic" } as TagFields }),
    ).toBe("the change to the Economic tag");
  });
});
