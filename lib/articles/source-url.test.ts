import { describe, expect, it } from "vitest";
import { linkableSourceUrl } from "./source-url.ts";

describe("linkableSourceUrl", () => {
  it("links http and https addresses", () => {
    expect(linkableSourceUrl("https://harborwire.example/story?id=1")?.href).toBe(
      "https://harborwire.example/story?id=1",
    );
    expect(linkableSourceUrl("http://example.org/a")?.hostname).toBe("example.org");
  });

  it("refuses other schemes, broken addresses and no address", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/a", "not a url", null])
      expect(linkableSourceUrl(url)).toBeNull();
  });
});
