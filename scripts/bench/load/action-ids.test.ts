import { describe, expect, it } from "vitest";
import { findActionId, type ServerReferenceManifest } from "./action-ids.ts";

const TAGGING = "app/(app)/tagging/[articleId]/actions.ts";

// The shape of Next 16's .next/server/server-reference-manifest.json (ids shortened).
const manifest: ServerReferenceManifest = {
  node: {
    "40aa": { filename: TAGGING, exportedName: "createTagAction" },
    "40bb": { filename: TAGGING, exportedName: "deleteTagAction" },
    "40cc": { filename: "app/(app)/adjudication/[articleId]/actions.ts", exportedName: "createTagAction" },
  },
};

describe("findActionId", () => {
  it("finds an action by its module and export name", () => {
    expect(findActionId(manifest, { filename: TAGGING, exportedName: "createTagAction" })).toBe("40aa");
    expect(findActionId(manifest, { filename: TAGGING, exportedName: "deleteTagAction" })).toBe("40bb");
  });

  it("refuses a name the build does not have, rather than calling something else", () => {
    expect(() => findActionId(manifest, { filename: TAGGING, exportedName: "updateTagAction" })).toThrow(
      /Expected one server action updateTagAction/,
    );
  });
});
