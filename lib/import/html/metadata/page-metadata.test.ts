import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "../parse-html-document.ts";
import { readPageMetadata } from "./page-metadata.ts";

function metadataOf(head: string, body = "", url: string | null = "https://news.example/a/story") {
  return withHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`, url, (document) =>
    readPageMetadata(document, url),
  );
}

describe("readPageMetadata", () => {
  it("resolves a relative canonical link against the page address, then falls back to og:url and the address", () => {
    expect(metadataOf('<link rel="canonical" href="/a/story-canonical">').canonicalUrl).toBe(
      "https://news.example/a/story-canonical",
    );
    expect(metadataOf('<meta property="og:url" content="https://news.example/og">').canonicalUrl).toBe(
      "https://news.example/og",
    );
    expect(metadataOf('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBe(
      "https://news.example/a/story",
    );
    expect(metadataOf("", "", null).canonicalUrl).toBeNull();
  });

  it("cleans bylines: drops 'By', profile URLs and implausible values", () => {
    expect(metadataOf('<meta name="author" content="By  Rosa Diaz">').byline).toBe("Rosa Diaz");
    expect(metadataOf('<meta property="article:author" content="https://facebook.com/rosa">').byline).toBeNull();
  });

  it("takes the publication date from article:published_time, then a <time datetime>", () => {
    expect(
      metadataOf('<meta property="article:published_time" content="2022-06-01T10:00:00+02:00">').publishedAt,
    ).toEqual(new Date("2022-06-01T08:00:00Z"));
    expect(metadataOf("", '<article><time datetime="2021-02-03">3 Feb</time></article>').publishedAt).toEqual(
      new Date("2021-02-03T00:00:00Z"),
    );
    expect(metadataOf('<meta name="date" content="not a date">').publishedAt).toBeNull();
  });

  it("reads the declared language from html lang, meta tags or og:locale as a primary subtag", () => {
    expect(
      withHtmlDocument(
        '<html lang="pt-BR"><p>x</p></html>',
        null,
        (document) => readPageMetadata(document, null).declaredLanguage,
      ),
    ).toBe("pt");
    expect(metadataOf('<meta property="og:locale" content="fr_FR">').declaredLanguage).toBe("fr");
  });

  it("lists title candidates, OpenGraph first", () => {
    expect(
      metadataOf('<title>Story | Site</title><meta property="og:title" content="Story">', "<h1>Story headline</h1>")
        .titles,
    ).toEqual(["Story", "Story | Site", "Story headline"]);
  });
});
