import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCandidate } from "../normalized-article.ts";
import { extractArticle, type ExtractedArticle } from "./extract-article.ts";

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");
}

function extracted(html: string, url: string | null = null): ExtractedArticle {
  const result = extractArticle(html, { url });
  if ("error" in result) throw new Error(`Expected an article, got: ${result.error}`);
  return result;
}

describe("extractArticle on a NewsArticle page with JSON-LD", () => {
  const article = extracted(
    fixture("news-article-json-ld.html"),
    "https://valleycourier.example/news/2024/03/flood-barrier-approved?ref=home",
  );

  it("reads the metadata from JSON-LD (@graph, author list) and OpenGraph", () => {
    expect(article).toMatchObject({
      title: "Council approves £12m river flood barrier",
      byline: "Amira Okafor, Tom Lindqvist",
      publishedAt: new Date("2024-03-05T09:30:00Z"),
      url: "https://valleycourier.example/news/2024/03/flood-barrier-approved",
      siteName: "The Valley Courier",
      language: "en",
    });
  });

  it("keeps the story and its subheading, separated by blank lines", () => {
    const paragraphs = article.body.split("\n\n");
    expect(paragraphs[0]).toMatch(/^The town council has approved a £12 million flood barrier/);
    expect(paragraphs).toContain("Residents divided over cost");
    expect(paragraphs.at(-1)).toMatch(/council tax would not rise to cover it\.$/);
  });

  it("drops navigation, byline, share bar, caption, related links, newsletter prompt and footer", () => {
    for (const boilerplate of [
      "Home",
      "By Amira",
      "Share on",
      "Photo: Jane Doe",
      "Related:",
      "Bridge closed",
      "Sign up",
      "All rights reserved",
      "£12m river flood barrier",
    ]) {
      expect(article.body).not.toContain(boilerplate);
    }
  });

  it("passes the shared NormalizedArticle validation", () => {
    expect(validateCandidate(1, article)).toMatchObject({
      row: 1,
      article: { title: article.title, body: article.body },
    });
  });
});

describe("extractArticle on an OpenGraph-only page", () => {
  const article = extracted(fixture("open-graph-only.html"));

  it("falls back to OpenGraph and meta tags, and og:locale for the language", () => {
    expect(article).toMatchObject({
      title: "Stadtwerke erhöhen Strompreise zum Jahreswechsel",
      byline: "Jana Wiesner",
      publishedAt: new Date("2023-11-28T05:15:00Z"),
      url: "https://nordkurier.example/wirtschaft/strompreise-steigen?utm_source=feed",
      siteName: "Nordkurier Online",
      language: "de",
    });
    expect(article.body.split("\n\n")).toHaveLength(3);
    expect(article.body).not.toMatch(/Impressum|Politik/);
  });
});

describe("extractArticle on hostile markup", () => {
  const html = fixture("hostile-markup.html");
  const article = extracted(html, "https://harbour.example/news/reopening");

  it("never runs the page's scripts or event handlers", () => {
    expect(article.body).toMatch(/^The harbour reopened to fishing boats/);
    expect(article.body).not.toMatch(/SCRIPT RAN|ONLOAD RAN|DOCUMENT WRITE RAN/);
    expect((globalThis as { scriptRan?: unknown }).scriptRan).toBeUndefined();
  });

  it("returns text only: no markup, handlers, javascript: URLs, frames, templates or SVG", () => {
    expect(article.body).not.toMatch(/[<>]|javascript:|onerror|onclick|alert\(/i);
    expect(article.body).not.toMatch(/IFRAME CONTENT|TEMPLATE CONTENT|SVG TEXT|cannot show this frame/);
    expect(article.body).toContain("Read the port notice for the new opening hours.");
  });
});

describe("extractArticle fetches nothing", () => {
  let server: Server;
  let origin = "";
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.writeHead(200, { "Content-Type": "text/plain" }).end("");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("loads no stylesheet, script, image, frame or object the page references", async () => {
    const page = `<html><head><title>Ferry timetable</title><link rel="stylesheet" href="${origin}/style.css"><script src="${origin}/app.js"></script></head>
      <body><article><p>${"The ferry timetable changes on Sunday. ".repeat(8)}</p><img src="${origin}/photo.jpg">
      <iframe src="${origin}/frame"></iframe><object data="${origin}/object"></object><video src="${origin}/video.mp4"></video></article></body></html>`;
    extracted(page, `${origin}/story`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });
});

describe("extractArticle on difficult input", () => {
  it("recovers the story from broken HTML", () => {
    const article = extracted(fixture("broken.html"), "https://towncrier.example/market");
    expect(article.title).toBe("Market hall to close for renovation");
    expect(article.body).toMatch(/^The market hall will close in January/);
    expect(article.body).toContain("said one fishmonger who asked not to be named.");
    expect(article.body).toMatch(/council will publish a full timetable on its website before the closure\.$/);
    expect(article.language).toBe("en");
  });

  it("explains an empty page and a page without text", () => {
    expect(extractArticle("   ", {})).toEqual({ error: "The page is empty." });
    expect(extractArticle("<html><head><title>Gallery</title></head><body><img src=a.jpg></body></html>", {})).toEqual({
      error: expect.stringContaining("No article text was found"),
    });
  });

  it("uses the publisher's JSON-LD articleBody when the page shows only a teaser", () => {
    const story = Array.from(
      { length: 12 },
      (_, index) =>
        `Paragraph ${index + 1} of the full investigation into the port contracts, with names, sums and dates.`,
    );
    const jsonLd = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Port contracts",
      articleBody: story.join("\n"),
    });
    const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head>
      <body><article><h1>Port contracts</h1><p>Subscribe to read the full investigation into how the port awarded its contracts.</p></article></body></html>`;
    expect(extracted(html).body.split("\n\n")).toEqual(story);
  });

  it("shows content that React streams into hidden segments", () => {
    const html = `<html><head><title>Rail strike called off</title></head><body><main><template id="B:0"></template><p>Loading…</p></main>
      <div hidden id="S:0"><article><p>${"Unions called off Thursday's rail strike after a late offer from the operators. ".repeat(4)}</p></article></div></body></html>`;
    expect(extracted(html).body).toMatch(/^Unions called off Thursday's rail strike/);
  });

  it("detects the language when the page declares none, and only when it is sure", () => {
    const spanish =
      "El ayuntamiento aprobó el martes un plan para renovar el mercado municipal, que cerrará en enero durante ocho meses. Los comerciantes se trasladarán a una carpa provisional junto a la estación de tren, y el gobierno local promete congelar los alquileres durante un año.";
    expect(extracted(`<title>Mercado</title><article><p>${spanish}</p><p>${spanish}</p></article>`).language).toBe(
      "es",
    );
    expect(extracted("<title>Short</title><article><p>Short note.</p></article>").language).toBeNull();
  });
});

describe("extractArticle on pathologically nested pages", () => {
  it("refuses markup nested deeper than any article instead of parsing it for minutes", () => {
    const result = extractArticle("<div>".repeat(3000) + "text");
    expect(result).toEqual({ error: expect.stringMatching(/nests its tags 3000 levels deep.*Paste the article text/) });
  });
});
