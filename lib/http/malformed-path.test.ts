import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./malformed-path.ts";

describe("isMalformedPath", () => {
  it("finds percent-escapes in the path that are no UTF-8 text", () => {
    for (const target of ["/articles/%E0%A4%A", "/events/%", "/api/imports/%FF%FE", "/a/%C3%28/b", "/%ZZ"])
      expect(isMalformedPath(target), target).toBe(true);
  });

  it("passes paths that decode, whatever they decode to, and leaves the query string alone", () => {
    for (const target of [
      "/",
      "/articles/%E0%A4%A4",
      "/events/..%2F..%2Fetc%2Fpasswd",
      "/events/%00",
      "/shared/abc_-9?x=%",
      "/articles?q=%E0%A4%A",
      "/import#%",
    ])
      expect(isMalformedPath(target), target).toBe(false);
  });
});
