import { describe, expect, it } from "vitest";
import { fillLink, linkTemplate } from "./link-template";

describe("linkTemplate", () => {
  const hrefOf = ({ outlet, name }: Record<"outlet" | "name", string>) =>
    `/events/e/compare?${new URLSearchParams({ outlets: "o1", "p.name": name, "p.outlet": outlet })}#passages`;

  it("fills each slot as the builder would have written its value", () => {
    const template = linkTemplate(["outlet", "name"], hrefOf);
    for (const name of [
      "00000000-0000-4000-8001-00000000000a",
      "a-b.c_d*e",
      "the mayor",
      "o'brien (acting) & co!",
      "50% * $1 ~ ü",
      "__outlet__",
      "__name__",
    ])
      expect(fillLink(template, { name, outlet: "o2" })).toBe(hrefOf({ outlet: "o2", name }));
  });
});
