import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { outlinePages } from "./outline-pages.ts";
import { printerExecutable } from "./pdf-printer.ts";

// A chart that draws nothing must not hold the PDF back for ever; a drawn one takes well under a second.
const CHART_WAIT_MS = 10_000;

// The app's grey page background is for screens; paper is white.
const PAPER = "html, body, main { background: #fff !important; }";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// One browser for the server's lifetime: launching Chromium costs more than printing a report. Relaunched if it
// crashed or was closed.
const cache = globalThis as unknown as { framewisePdfBrowser?: Promise<Browser> };

async function browser(): Promise<Browser> {
  const running = await cache.framewisePdfBrowser?.catch(() => undefined);
  if (running?.isConnected()) return running;
  cache.framewisePdfBrowser = chromium.launch({
    executablePath: printerExecutable(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  return cache.framewisePdfBrowser;
}

/** Opens the print view for paper and waits until every chart has drawn its SVG (or gives up on one that never does). */
async function openPrintView(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ media: "print" });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`The print view answered ${response?.status() ?? "nothing"}.`);
  await page.addStyleTag({ content: PAPER });
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll("[data-chart]")].every((chart) => chart.querySelector("svg.recharts-surface")),
      undefined,
      { timeout: CHART_WAIT_MS },
    )
    .catch(() => undefined);
  return page;
}

/**
 * Writes into the contents (`data-toc-page` marks) the page each heading has in `printed`, per its outline; false
 * when there is nothing to write (no contents, or an outline that could not be read).
 */
async function numberContents(page: Page, printed: Buffer): Promise<boolean> {
  const headings = await page.$$eval("[data-toc-page]", (marks) =>
    marks.map((mark) => mark.getAttribute("data-toc-page") ?? ""),
  );
  const pages = Object.fromEntries(outlinePages(printed, headings));
  if (Object.keys(pages).length === 0) return false;
  await page.evaluate((numbers) => {
    for (const mark of document.querySelectorAll("[data-toc-page]"))
      mark.textContent = String(numbers[mark.getAttribute("data-toc-page") ?? ""] ?? "");
  }, pages);
  return true;
}

/**
 * Prints a page of this app to an A4 PDF with headless Chromium: the title atop every page, "page n of m" below,
 * an outline from the headings, and the charts as the SVG Recharts drew (vectors, not pictures). Printed twice:
 * the first print tells which page each heading of the contents landed on (from the PDF's outline), the numbers
 * are written into the contents, and the second print is the one returned. Every section starts a page and the
 * contents fit on one, so writing the numbers moves nothing.
 */
export async function renderPdf(url: string, title: string): Promise<Buffer> {
  const context = await (await browser()).newContext();
  try {
    const page = await openPrintView(context, url);
    const options = pdfOptions(title);
    const first = await page.pdf(options);
    return (await numberContents(page, first)) ? await page.pdf(options) : first;
  } finally {
    await context.close();
  }
}

function pdfOptions(title: string) {
  return {
    format: "A4",
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    headerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;color:#5b6475">${escapeHtml(title)}</div>`,
    footerTemplate:
      '<div style="font-size:8px;width:100%;padding:0 16mm;text-align:right;color:#5b6475">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  };
}
