import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decodePageBytes } from "./decode-page-bytes.ts";

/** What a dataset says the extractor should produce for one page. */
export type Expectation =
  { kind: "article-body"; text: string } | { kind: "snippets"; wanted: string[]; unwanted: string[] };

export interface BenchmarkPage {
  id: string;
  url: string | null;
  /** Read on demand: a thousand decoded pages would hold gigabytes at once. */
  readHtml: () => string;
  expected: Expectation;
}

export type Metric = "shingle-f1" | "snippet-f1" | "word-f1";

export interface BenchmarkDataset {
  name: string;
  metric: Metric;
  pages: BenchmarkPage[];
}

/** Subsets of WCXB, which mixes splits and page types (articles, forums, products…). */
export interface DatasetSelection {
  split?: string;
  pageType?: string;
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

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function gzippedPage(file: string): () => string {
  return () => decodePageBytes(gunzipSync(readFileSync(file)));
}

/** scrapinghub/article-extraction-benchmark: ground-truth.json ({id: {articleBody, url}}) and html/<id>.html.gz. */
function loadArticleExtractionBenchmark(folder: string): BenchmarkDataset {
  const truth = readJson(path.join(folder, "ground-truth.json"));
  if (!isRecord(truth)) throw new Error("ground-truth.json is not an object of pages.");
  const pages = Object.entries(truth).map(([id, entry]): BenchmarkPage => {
    const record = isRecord(entry) ? entry : {};
    return {
      id,
      url: typeof record.url === "string" ? record.url : null,
      readHtml: gzippedPage(path.join(folder, "html", `${id}.html.gz`)),
      expected: { kind: "article-body", text: stringOr(record.articleBody, "") },
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
      const location = ["cache", "eval"]
        .map((folder) => path.join(testsFolder, folder, file))
        .find((candidate) => existsSync(candidate));
      if (!location) throw new Error(`Page file not found: ${file}`);
      return {
        id: file,
        url,
        readHtml: () => decodePageBytes(readFileSync(location)),
        expected: { kind: "snippets", wanted: stringsOf(record.with), unwanted: stringsOf(record.without) },
      };
    });
  return { name: "adbar/trafilatura tests/evaldata.json", metric: "snippet-f1", pages };
}

function wcxbPageType(record: Record<string, unknown>): string {
  const internal = isRecord(record._internal) ? record._internal : {};
  const pageType = internal.page_type;
  const primary = isRecord(pageType) ? pageType.primary : pageType;
  const name = stringOr(primary, "article");
  return name === "category" ? "collection" : name;
}

/** WCXB: <split>/ground-truth/<id>.json ({url, ground_truth: {main_content}}) and <split>/html/<id>.html.gz. */
function loadWcxb(folder: string, selection: DatasetSelection): BenchmarkDataset {
  const splits = selection.split ? [selection.split] : ["dev", "test"];
  const pages = splits.flatMap((split) =>
    readdirSync(path.join(folder, split, "ground-truth"))
      .filter((file) => file.endsWith(".json"))
      .sort()
      .flatMap((file): BenchmarkPage[] => {
        const record = readJson(path.join(folder, split, "ground-truth", file));
        if (!isRecord(record) || (selection.pageType && wcxbPageType(record) !== selection.pageType)) return [];
        const id = path.basename(file, ".json");
        const truth = isRecord(record.ground_truth) ? record.ground_truth : {};
        return [
          {
            id: `${split}/${id}`,
            url: stringOr(record.url, "") || null,
            readHtml: gzippedPage(path.join(folder, split, "html", `${id}.html.gz`)),
            expected: { kind: "article-body", text: stringOr(truth.main_content, "") },
          },
        ];
      }),
  );
  const subset = [selection.split ?? "dev+test", selection.pageType ?? "all page types"].join(", ");
  return { name: `WCXB (${subset})`, metric: "word-f1", pages };
}

/** Recognises a dataset folder by its files: a checkout (or extracted copy) of one of the supported sets. */
export function loadDataset(folder: string, selection: DatasetSelection = {}): BenchmarkDataset {
  if (existsSync(path.join(folder, "ground-truth.json")) && existsSync(path.join(folder, "html")))
    return loadArticleExtractionBenchmark(folder);
  if (existsSync(path.join(folder, "dev", "ground-truth"))) return loadWcxb(folder, selection);
  for (const testsFolder of [folder, path.join(folder, "tests")]) {
    if (existsSync(path.join(testsFolder, "evaldata.json"))) return loadTrafilaturaEvaluation(testsFolder);
  }
  const listing = existsSync(folder)
    ? readdirSync(folder).slice(0, 10).join(", ")
    : "nothing (the folder does not exist)";
  throw new Error(
    `Not a known dataset folder: ${folder} holds ${listing}. Expected ground-truth.json + html/, dev/ground-truth/ (WCXB) or tests/evaldata.json.`,
  );
}
