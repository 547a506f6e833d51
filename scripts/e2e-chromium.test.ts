// The order in which e2e/chromium.ts picks the end-to-end tests' browser (it lives here because Vitest's unit
// project does not look in e2e/, and Playwright would take a *.test.ts there for a spec).
import { describe, expect, it } from "vitest";
import { chooseChromium, ChromiumNotFound, SYSTEM_CHROMIUMS } from "../e2e/chromium.ts";

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe("chooseChromium", () => {
  it("takes CHROMIUM_PATH first, even over a system browser and FRAMEWISE_BROWSER=packaged", () => {
    const exists = only("/opt/chrome", "/usr/bin/chromium");
    expect(chooseChromium({ CHROMIUM_PATH: "/opt/chrome" }, exists)).toMatchObject({
      kind: "binary",
      path: "/opt/chrome",
    });
    expect(chooseChromium({ CHROMIUM_PATH: "/opt/chrome", FRAMEWISE_BROWSER: "packaged" }, exists)).toMatchObject({
      kind: "binary",
      path: "/opt/chrome",
    });
  });

  it("refuses a CHROMIUM_PATH that is not there instead of quietly using another browser", () => {
    expect(() => chooseChromium({ CHROMIUM_PATH: "/nowhere/chrome" }, only("/usr/bin/chromium"))).toThrow(
      ChromiumNotFound,
    );
    expect(() => chooseChromium({ CHROMIUM_PATH: "/nowhere/chrome" }, only())).toThrow(
      /CHROMIUM_PATH=\/nowhere\/chrome/,
    );
  });

  it("treats an empty CHROMIUM_PATH as unset", () => {
    expect(chooseChromium({ CHROMIUM_PATH: "" }, only("/usr/bin/chromium"))).toMatchObject({
      path: "/usr/bin/chromium",
    });
  });

  it("then takes the first system browser present: chromium, chromium-browser, google-chrome", () => {
    expect(SYSTEM_CHROMIUMS.slice(0, 3)).toEqual([
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
    ]);
    expect(chooseChromium({}, only(...SYSTEM_CHROMIUMS))).toMatchObject({ path: "/usr/bin/chromium" });
    expect(chooseChromium({}, only("/usr/bin/google-chrome", "/usr/bin/chromium-browser"))).toMatchObject({
      kind: "binary",
      path: "/usr/bin/chromium-browser",
      description: "the system browser /usr/bin/chromium-browser",
    });
  });

  it("falls back to the packaged Chromium when there is no system browser", () => {
    expect(chooseChromium({}, only())).toEqual({ kind: "packaged", reason: "no system browser found" });
  });

  it("skips system browsers with FRAMEWISE_BROWSER=packaged, and rejects other values", () => {
    expect(chooseChromium({ FRAMEWISE_BROWSER: "packaged" }, only("/usr/bin/chromium"))).toEqual({
      kind: "packaged",
      reason: "FRAMEWISE_BROWSER=packaged",
    });
    expect(() => chooseChromium({ FRAMEWISE_BROWSER: "sytem" }, only("/usr/bin/chromium"))).toThrow(
      /FRAMEWISE_BROWSER=sytem/,
    );
  });
});
