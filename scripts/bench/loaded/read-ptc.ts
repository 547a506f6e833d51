import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { utf16Offset } from "./code-points.ts";
import { inSplit, type GoldSpan, type LoadedDocument, type LoadedSplit } from "./loaded-corpus.ts";

const ARTICLE = /^article(\d+)\.txt$/;

/** The technique spans of every article, from the tab-separated `train-task2-TC.labels` (id, technique, start, end). */
export function parseTechniqueLabels(labels: string): Map<string, GoldSpan[]> {
  const byArticle = new Map<string, GoldSpan[]>();
  for (const line of labels.split("\n")) {
    const [id, technique, start, end] = line.trim().split("\t");
    if (!id || !technique || start === undefined || end === undefined) continue;
    const spans = byArticle.get(id) ?? [];
    spans.push({ technique, start: Number(start), end: Number(end) });
    byArticle.set(id, spans);
  }
  return byArticle;
}

// The labels count code points; suggestions count UTF-16 code units. They differ only after an astral character.
function inUtf16(text: string, spans: GoldSpan[]): GoldSpan[] {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return spans;
  return spans.map((span) => ({ ...span, start: utf16Offset(text, span.start), end: utf16Offset(text, span.end) }));
}

/** The PTC training articles of one split (see `inSplit`), each with its technique spans in UTF-16 offsets. */
export function readPtc(datasets: string, split: LoadedSplit): LoadedDocument[] {
  const labels = parseTechniqueLabels(readFileSync(path.join(datasets, "train-task2-TC.labels"), "utf8"));
  const folder = path.join(datasets, "train-articles");
  const ids = readdirSync(folder)
    .map((file) => ARTICLE.exec(file)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
  return ids
    .filter((_, position) => inSplit(position, split))
    .map((id) => {
      const text = readFileSync(path.join(folder, `article${id}.txt`), "utf8");
      return { name: `article${id}`, text, spans: inUtf16(text, labels.get(id) ?? []), group: "PTC" };
    });
}
