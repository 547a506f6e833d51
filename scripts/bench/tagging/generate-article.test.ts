import { describe, expect, it } from "vitest";
import { normalizeBodyText } from "../../../lib/articles/body-text.ts";
import { BENCH_ACTORS } from "./article-words.ts";
import { generateArticle } from "./generate-article.ts";
import { planTags, untaggedWords, type BenchCategory } from "./plan-tags.ts";

const article = generateArticle(10_000);
const slice = ({ start, end }: { start: number; end: number }) => article.body.slice(start, end);

describe("generateArticle", () => {
  it("writes the same ~10,000-word story every time, as the import would store it", () => {
    expect(generateArticle(10_000).body).toBe(article.body);
    expect(article.words).toBeGreaterThanOrEqual(10_000);
    expect(article.body.split(/\s+/).length).toBeGreaterThan(9_500);
    expect(article.body.split(/\s+/).length).toBeLessThan(10_500);
    expect(normalizeBodyText(article.body)).toBe(article.body);
    expect(article.body.split("\n\n")).toHaveLength(article.paragraphs);
  });

  it("records where its quotes, actors and loaded words are", () => {
    expect(article.quotes.length).toBeGreaterThan(100);
    for (const quote of article.quotes) expect(slice(quote)).toMatch(/^"[A-Z][^"]*," .+\.$/);
    for (const mention of article.mentions) {
      const { name, aliases } = BENCH_ACTORS[mention.actor];
      expect([name, ...aliases].map((n) => n.toLowerCase())).toContain(slice(mention).toLowerCase());
    }
    for (const word of article.plainWords) expect(slice(word)).toMatch(/^[A-Za-z]{5,}$/);
  });
});

describe("planTags", () => {
  const categories: BenchCategory[] = [
    ...Array.from({ length: 18 }, (_, i) => ({ id: `frame-${i}`, kind: "FRAME" as const })),
    { id: "speech", kind: "ATTRIBUTION" },
    { id: "naming", kind: "NAMING" },
    ...Array.from({ length: 4 }, (_, i) => ({ id: `loaded-${i}`, kind: "LOADED_LANGUAGE" as const })),
  ];
  const tags = planTags(article, categories, 500);

  it("spreads 500 tags over every category and the whole article", () => {
    expect(tags).toHaveLength(500);
    expect(new Set(tags.map((tag) => tag.categoryId))).toEqual(new Set(categories.map((c) => c.id)));
    expect(Math.min(...tags.map((tag) => tag.start))).toBeLessThan(article.body.length / 20);
    expect(Math.max(...tags.map((tag) => tag.end))).toBeGreaterThan((article.body.length * 19) / 20);
    expect(tags.filter((tag) => tag.kind === "NAMING").every((tag) => tag.actor !== null)).toBe(true);
  });

  it("leaves untagged words for the benchmark's own tags", () => {
    const words = untaggedWords(article, tags, 30);
    expect(words).toHaveLength(30);
    for (const word of words) expect(tags.some((tag) => tag.start < word.end && word.start < tag.end)).toBe(false);
  });
});
