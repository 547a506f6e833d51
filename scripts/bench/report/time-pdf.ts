import type { Browser, Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { median } from "../tagging/stats.ts";

export interface PdfTiming {
  /** The server's first PDF: it launches its Chromium and opens the print view for the first time. */
  first: number;
  /** Later PDFs with the server's Chromium kept alive. */
  warm: number[];
  median: number;
  pages: number;
  bytes: number;
  /** The first PDF itself, to look at. */
  body: Buffer;
}

/** Signs in through the login page once its form is hydrated (the sign-in is a server action). */
async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/login?callbackUrl=${encodeURIComponent("/reports")}`);
  await page.waitForFunction(() => {
    const form = document.querySelector("form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/reports`);
}

/**
 * Downloads a report's PDF as its editor does (GET /api/reports/<id>/pdf with their session), `1 + warm` times,
 * timing each from the request to the last byte.
 */
export async function timePdf(
  browser: Browser,
  baseUrl: string,
  reportId: string,
  account: { email: string; password: string },
  warm: number,
): Promise<PdfTiming> {
  const page = await browser.newPage();
  try {
    await signIn(page, baseUrl, account);
    const download = async () => {
      const started = performance.now();
      const response = await page.request.get(`${baseUrl}/api/reports/${reportId}/pdf`, { timeout: 120_000 });
      const body = await response.body();
      if (!response.ok()) throw new Error(`The PDF route answered ${response.status()}: ${body.toString()}`);
      return { ms: performance.now() - started, body };
    };
    const first = await download();
    const samples: number[] = [];
    for (let i = 0; i < warm; i += 1) samples.push((await download()).ms);
    const parser = new PDFParse({ data: new Uint8Array(first.body) });
    const { total } = await parser.getText();
    await parser.destroy();
    return {
      first: first.ms,
      warm: samples,
      median: median(samples),
      pages: total,
      bytes: first.body.length,
      body: first.body,
    };
  } finally {
    await page.close();
  }
}
