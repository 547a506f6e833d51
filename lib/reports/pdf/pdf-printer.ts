import { accessSync, constants } from "node:fs";

/** The server has no browser to print with: said to the editor as it is, not as an unexplained failure. */
export class PdfPrinterMissing extends Error {}

/** The browser that prints: CHROMIUM_PATH, else the system Chromium (Debian's package). */
const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Why this server cannot print PDFs, in words for the editor; null when it can. */
export function pdfPrinterProblem(): string | null {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return (
      `PDFs are printed with Chromium, and this server has none at ${path}. An administrator installs it ` +
      "(Debian/Ubuntu: apt-get install chromium) or sets CHROMIUM_PATH to a Chromium binary."
    );
  }
}

/** The browser's executable; throws PdfPrinterMissing, saying why, when there is none. */
export function printerExecutable(): string {
  const problem = pdfPrinterProblem();
  if (problem) throw new PdfPrinterMissing(problem);
  return chromiumPath();
}
