import { text } from "node:stream/consumers";
import { beforeAll, describe, expect, it } from "vitest";
import { articleOf, assign, compareFixture, outletNamed, tag, voice } from "../analytics/compare-fixture.ts";
import { DEFAULT_FILTERS } from "../analytics/filters.ts";
import { db } from "../db/client.ts";
import { datasetColumns } from "./dataset-columns.ts";
import type { Dataset, ExportFormat } from "./datasets.ts";
import { exportDataset } from "./export-dataset.ts";
import { reviewerPseudonym } from "./reviewer-pseudonym.ts";

const BODY = `=HYPERLINK("http://evil.example","Click") said the mayor. -5 degrees, the owner said, "we rebuild".`;

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
});

async function tagged() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const outlet = await outletNamed("Wire");
  const article = await articleOf(outlet.id, event.id, BODY);
  await assign(article.id, [ravi, rosa], [ravi]);
  await tag(article.id, ravi.id, "attribution.reported_speech", `=HYPERLINK("http://evil.example","Click")`, {
    attributes: voice("mayor", "direct_quote", {
      speakerType: "government_official",
      verb: "said",
      verbClass: "neutral",
    }),
  });
  await tag(article.id, rosa.id, "attribution.reported_speech", "-5 degrees", {
    attributes: voice("owner", "indirect"),
  });
  return { event, ravi, rosa, editor, article };
}

const run = async (eventId: string, dataset: Dataset, format: ExportFormat, userId: string, pseudonymise = false) =>
  text(await exportDataset({ dataset, event: eventId, format, pseudonymise }, DEFAULT_FILTERS, userId));

// A CSV parser good enough for these files: quoted cells with doubled quotes, no line breaks inside cells.
function parseCsv(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trimEnd().split("\n");
  const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]);
  const names = cells(head);
  return lines.map((line) => Object.fromEntries(cells(line).map((cell, index) => [names[index], cell])));
}

describe("exports", () => {
  it("write one CSV row per tag, its columns as the dictionary says, formulas neutralised and numbers left alone", async () => {
    const { event, ravi, editor } = await tagged();
    const csv = await run(event.id, "tags", "csv", editor.id);
    const [head] = csv.split("\n");
    expect(head).toBe(
      datasetColumns("tags")
        .map((column) => column.name)
        .join(","),
    );
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    const mayor = rows.find((row) => row.speaker === "mayor")!;
    expect(mayor.quoted_text).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(mayor.reviewer_id).toBe(ravi.id);
    expect(mayor.start_offset).toBe("0");
    expect(mayor.is_gold).toBe("false");
    expect(mayor.reviewer_submitted).toBe("true");
    expect(mayor.codebook_version).toBe("2");
    expect(mayor.category_code).toBe("attribution.reported_speech");
    const owner = rows.find((row) => row.speaker === "owner")!;
    expect(owner.quoted_text).toBe("'-5 degrees");
    expect(owner.reviewer_submitted).toBe("false");

    const json = JSON.parse(await run(event.id, "tags", "json", editor.id));
    expect(json.find((row: { speaker: string }) => row.speaker === "owner")).toMatchObject({
      quoted_text: "-5 degrees",
      start_offset: BODY.indexOf("-5 degrees"),
      anonymous: false,
      is_gold: false,
    });
    const audited = await db().auditLog.findMany({ where: { action: "data.export", entityId: event.id } });
    expect(audited.map((entry) => entry.after)).toContainEqual(
      expect.objectContaining({ dataset: "tags", format: "csv", pseudonymise: false }),
    );
  });

  it("pseudonymise reviewers with a keyed hash that is stable per reviewer and never the raw id", async () => {
    const { event, ravi, rosa, editor } = await tagged();
    const first = (await run(event.id, "tags", "ndjson", editor.id, true))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const again = JSON.parse(await run(event.id, "tags", "json", editor.id, true));
    const ids = first.map((row) => row.reviewer_id).sort();
    expect(ids).toEqual([reviewerPseudonym(ravi.id), reviewerPseudonym(rosa.id)].sort());
    expect(ids).not.toContain(ravi.id);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(again.map((row: { reviewer_id: string }) => row.reviewer_id).sort()).toEqual(ids);
  });

  it("streams 10,000 tags as NDJSON and as one JSON array", async () => {
    const { event, ravi, editor, article } = await tagged();
    await db().$executeRaw`
      INSERT INTO annotations (id, article_id, category_id, reviewer_id, layer, start_offset, end_offset, quoted_text, attributes, updated_at)
      SELECT gen_random_uuid(), ${article.id}::uuid, category_id, ${ravi.id}::uuid, 'REVIEWER', 0, 5, '=row ' || n, '{}', now()
      FROM generate_series(1, 9998) n, (SELECT category_id FROM annotations WHERE article_id = ${article.id}::uuid LIMIT 1) c`;
    const lines = (await run(event.id, "tags", "ndjson", editor.id)).trim().split("\n");
    expect(lines).toHaveLength(10_000);
    expect(JSON.parse(lines[5]).tag_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(await run(event.id, "tags", "json", editor.id))).toHaveLength(10_000);
    const csv = await run(event.id, "tags", "csv", editor.id);
    expect(csv.trimEnd().split("\n")).toHaveLength(10_001);
    expect(csv).toContain(",'=row 9998,");
  });

  it("exports articles, forms, claims, agreement and chart aggregates with their headers", async () => {
    const { event, editor, article } = await tagged();
    const articles = JSON.parse(await run(event.id, "articles", "json", editor.id));
    expect(articles).toEqual([
      expect.objectContaining({ article_id: article.id, submitted_reviewers: 1, adjudicated: false }),
    ]);
    for (const dataset of ["forms", "tones", "claims", "agreement", "charts"] as const) {
      const csv = await run(event.id, dataset, "csv", editor.id);
      expect(csv.split("\n")[0]).toBe(
        datasetColumns(dataset)
          .map((column) => column.name)
          .join(","),
      );
    }
    const charts = parseCsv(await run(event.id, "charts", "csv", editor.id));
    expect(charts.filter((row) => row.chart === "voices_by_speaker_type" && row.measure === "tags")).toContainEqual(
      expect.objectContaining({ key: "government_official", value: "1" }),
    );
  });
});
