import { afterEach, describe, expect, it, vi } from "vitest";
import { pdfPrinterProblem, printerExecutable, PdfPrinterMissing } from "./pdf-printer.ts";

afterEach(() => vi.unstubAllEnvs());

describe("pdfPrinterProblem", () => {
  it("names the missing browser and the two ways to provide one", () => {
    vi.stubEnv("CHROMIUM_PATH", "/nowhere/chromium");
    expect(pdfPrinterProblem()).toMatch(/\/nowhere\/chromium.*apt-get install chromium.*CHROMIUM_PATH/s);
    expect(() => printerExecutable()).toThrow(PdfPrinterMissing);
  });

  it("has nothing to say when CHROMIUM_PATH is an executable", () => {
    vi.stubEnv("CHROMIUM_PATH", process.execPath);
    expect(pdfPrinterProblem()).toBeNull();
    expect(printerExecutable()).toBe(process.execPath);
  });
});
