import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decodePageBytes } from "./decode-page-bytes.ts";

/** What a dataset says the extractor should produce for one page. */
export type Expectation =
  | { kind: "article-body"; text: string }
  | { kind: "snippets"; wanted: string[]; unwanted: string[] };

export interface BenchmarkPage {
  id: string;
  url: string | null;
  html: string;
  expected: Expectation;
}

export interface BenchmarkDataset {
  name: string;
  metric: "shingle-f1" | "snippet-f1";
  pages: BenchmarkPage[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** scrapinghub/article-extraction-benchmark: ground-truth.json ({id: {articleBody, url}}) and html/<id>.html.gz. */
function loadArticleExtractionBenchmark(folder: string): BenchmarkDataset {
  const truth = readJson(path.join(folder, "ground-truth.json"));
  if (!isRecord(truth)) throw new Error("ground-truth.json is not an object of pages.");
  const pages = Object.entries(truth).map(([id, entry]): BenchmarkPage => {
    const record = isRecord(entry) ? entry : {};
    const bytes = gunzipSync(readFileSync(path.join(folder, "html", `${id}.html.gz`)));
    return {
      id,
      url: typeof record.url === "string" ? record.url : null,
      html: decodePageBytes(bytes),
      expected: { kind: "article-body", text: typeof record.articleBody === "string" ? record.articleBody : "" },
    };
  });
  return { name: "scrapinghub/article-extraction-benchmark", metric: "shingle-f1", pages };
}

/** adbar/trafilatura's tests/: evaldata.json ({url: {file, with, without}}) with pages in cache/ or eval/. */
function loadTrafilaturaEvaluation(testsFolder: string): BenchmarkDataset {
  const annotations = readJson(path.join(testsFolder, "evaldata.json"));
  if (!isRecord(annotations)) throw new Error("evaldata.json is not an object of pages.");
  const pages = Object.keys(annotations)
    .sort()
    .map((url): BenchmarkPage => {
      const record = isRecord(annotations[url]) ? annotations[url] : {};
      const file = String(record.file);
      const location = ["cache", "eval"].map((folder) => path.join(testsFolder, folder, file)).find((candidate) => existsSync(candidate));
      if (!location) throw new Error(`Page file not found: ${file}`);
      return {
        id: file,
        url,
        html: decodePageBytes(readFileSync(location)),
        expected: { kind: "snippets", wanted: stringsOf(record.with), unwanted: stringsOf(record.without) },
      };
    });
  return { name: "adbar/trafilatura tests/evaldata.json", metric: "snippet-f1", pages };
}

/** Recognises a dataset folder by its files: a checkout (or extracted copy) of one of the supported sets. */
export function loadDataset(folder: string): BenchmarkDataset {
  if (existsSync(path.join(folder, "ground-truth.json")) && existsSync(path.join(folder, "html"))) return loadArticleExtractionBenchmark(folder);
  for (const testsFolder of [folder, path.join(folder, "tests")]) {
    if (existsSync(path.join(testsFolder, "evaldata.json"))) return loadTrafilaturaEvaluation(testsFolder);
  }
  const listing = existsSync(folder) ? readdirSync(folder).slice(0, 10).join(", ") : "nothing (the folder does not exist)";
  throw new Error(`Not a known dataset folder: ${folder} holds ${listing}. Expected ground-truth.json + html/ or tests/evaldata.json.`);
}
