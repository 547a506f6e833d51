import { afterEach, describe, expect, it, vi } from "vitest";
import { PdfPrinterMissing } from "./pdf-printer.ts";
import { renderPdf } from "./render-pdf.ts";

afterEach(() => vi.unstubAllEnvs());

describe("renderPdf", () => {
  it("says that the server has no Chromium, and how to give it one, instead of failing blindly", async () => {
    vi.stubEnv("CHROMIUM_PATH", "/nowhere/chromium");
    const printing = renderPdf("http://localhost/print", "A report");
    await expect(printing).rejects.toBeInstanceOf(PdfPrinterMissing);
    await expect(printing).rejects.toThrow(/\/nowhere\/chromium.*CHROMIUM_PATH/s);
  });
});
