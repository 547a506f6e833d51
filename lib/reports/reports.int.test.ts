import { describe, expect, it } from "vitest";
import { articleOf, assign, compareFixture, outletNamed, tag, voice } from "../analytics/compare-fixture.ts";
import { DEFAULT_FILTERS } from "../analytics/filters.ts";
import { db } from "../db/client.ts";
import { createReport } from "./create-report.ts";
import { deleteReport } from "./delete-report.ts";
import { findReport } from "./find-report.ts";
import { publishReport } from "./publish-report.ts";
import { reportNumbers } from "./report-numbers.ts";
import { REPORT_SECTIONS, type ReportInput } from "./schemas.ts";
import { createShareLink } from "./share/create-share-link.ts";
import { findSharedReport } from "./share/find-shared-report.ts";
import { revokeShareLink } from "./share/revoke-share-link.ts";
import { updateReport } from "./update-report.ts";

const BODY = `The mayor said the plant was safe. "We will rebuild," the owner said.`;

const INPUT: ReportInput = {
  title: "Fire coverage",
  commentary: "What the outlets said.",
  content: { sections: [...REPORT_SECTIONS], filters: DEFAULT_FILTERS },
};

/** An event with one outlet and one article both reviewers submitted, each with one attribution. */
async function tagged() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const outlet = await outletNamed("Wire");
  const article = await articleOf(outlet.id, event.id, BODY);
  await assign(article.id, [ravi, rosa]);
  for (const reviewer of [ravi, rosa])
    await tag(article.id, reviewer.id, "attribution.reported_speech", "the plant was safe", {
      attributes: voice("mayor", "indirect", { speakerType: "government_official", verb: "said" }),
    });
  return { event, ravi, rosa, editor, outlet, article };
}

const attributionsOf = async (reportId: string) => {
  const numbers = await reportNumbers((await findReport(reportId))!);
  return numbers.sections.voices!.voices.n.tags;
};

describe("reports", () => {
  it("drafts change with revisions, publish once, and keep their numbers when tags change later", async () => {
    const { event, ravi, editor, article } = await tagged();
    const id = await createReport(event.id, INPUT, editor.id);
    expect(await updateReport(id, 1, { ...INPUT, title: "Fire: who speaks" }, editor.id)).toBe(2);
    await expect(updateReport(id, 1, INPUT, editor.id)).rejects.toThrow(/changed this report/);
    expect(await attributionsOf(id)).toBe(1);

    await publishReport(id, 2, editor.id);
    const published = (await findReport(id))!;
    expect(published.status).toBe("PUBLISHED");
    expect(published.snapshot?.computedAt).toBe(published.computedAt?.toISOString());
    expect(published.snapshot?.methods.coders.reviewers.map((one) => one.submitted)).toEqual([1, 1]);

    await tag(article.id, ravi.id, "attribution.reported_speech", `"We will rebuild,"`, {
      attributes: voice("owner", "direct_quote"),
    });
    expect(await attributionsOf(id)).toBe(1);
    await expect(updateReport(id, published.revision, INPUT, editor.id)).rejects.toThrow(/published/);
    await expect(deleteReport(id, published.revision, editor.id)).rejects.toThrow(/published/);

    const draft = await createReport(event.id, INPUT, editor.id);
    expect(await attributionsOf(draft)).toBe(1.5);
    const actions = await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["report.create", "report.update", "report.publish"]);
  });

  it("deletes a draft", async () => {
    const { event, editor } = await tagged();
    const id = await createReport(event.id, INPUT, editor.id);
    await deleteReport(id, 1, editor.id);
    expect(await findReport(id)).toBeNull();
  });
});

describe("share links", () => {
  it("open the published report until revoked or expired, and never a draft", async () => {
    const { event, editor } = await tagged();
    const id = await createReport(event.id, INPUT, editor.id);
    await expect(createShareLink(id, { label: null, expiresAt: null }, editor.id)).rejects.toThrow(/published/);
    await publishReport(id, 1, editor.id);

    const token = await createShareLink(id, { label: "Publisher", expiresAt: null }, editor.id);
    expect((await findSharedReport(token))?.id).toBe(id);
    expect(await findSharedReport(`${token}x`)).toBeNull();
    const stored = await db().reportShareLink.findFirstOrThrow({ where: { reportId: id } });
    expect(stored.tokenHash).not.toContain(token);

    await revokeShareLink(id, stored.id, editor.id);
    expect(await findSharedReport(token)).toBeNull();

    const expiring = await createShareLink(id, { label: null, expiresAt: new Date(Date.now() + 60_000) }, editor.id);
    expect(await findSharedReport(expiring)).not.toBeNull();
    await db().reportShareLink.updateMany({
      where: { reportId: id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findSharedReport(expiring)).toBeNull();
    const audited = await db().auditLog.count({ where: { action: { startsWith: "report_share_link." } } });
    expect(audited).toBe(3);
  });

  it("do not open a draft, even one whose link was made when published", async () => {
    const { event, editor } = await tagged();
    const id = await createReport(event.id, INPUT, editor.id);
    await publishReport(id, 1, editor.id);
    const token = await createShareLink(id, { label: null, expiresAt: null }, editor.id);
    await db().report.update({ where: { id }, data: { status: "DRAFT" } });
    expect(await findSharedReport(token)).toBeNull();
  });
});
