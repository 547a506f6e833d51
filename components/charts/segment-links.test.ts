import { describe, expect, it } from "vitest";
import { segmentHref, segmentLinks } from "./segment-links";

describe("segmentLinks", () => {
  const hrefOf = (rowId: string, key: string) =>
    `/events/e/compare?${new URLSearchParams({ outlets: "o1", "p.code": key, "p.outlet": rowId })}#passages`;

  it("fills the template with the row and the key, as the builder would", () => {
    const links = segmentLinks(hrefOf, "none");
    expect(segmentHref(links, "o2", "economy.jobs")).toBe(hrefOf("o2", "economy.jobs"));
    expect(segmentHref(links, "o2", null)).toBe(hrefOf("o2", "none"));
  });

  it("links nowhere without a template or for a none that has no link", () => {
    expect(segmentHref(segmentLinks(hrefOf, null), "o2", null)).toBeNull();
    expect(segmentHref(null, "o2", "k")).toBeNull();
  });
});
