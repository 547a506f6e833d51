import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newTagId } from "./new-tag-id";

describe("newTagId", () => {
  it("makes version 4 UUIDs the server's schema accepts, a new one each time", () => {
    const ids = Array.from({ length: 200 }, newTagId);
    for (const id of ids) {
      expect(z.uuid().safeParse(id).success).toBe(true);
      expect(id[14]).toBe("4");
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
