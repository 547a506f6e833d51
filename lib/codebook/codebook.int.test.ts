import { beforeEach, describe, expect, it } from "vitest";
import { codebookVersionInUse } from "../annotations/codebook-version-in-use.ts";
import { db } from "../db/client.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { CodebookError, StaleCodebookError } from "./codebook-error.ts";
import { ensureDefaultCodebook } from "./ensure-default-codebook.ts";
import { publishCodebookVersion } from "./publish-codebook-version.ts";
import type { CategoryDefinition, PublishInput } from "./publish-input.ts";
import { findCodebookVersion } from "./queries/find-codebook-version.ts";
import { listCodebookVersions } from "./queries/list-codebook-versions.ts";
import { listPublishedVersions } from "./queries/list-published-versions.ts";
import { loadCodebookDraft } from "./queries/load-codebook-draft.ts";

const HERITAGE: CategoryDefinition = {
  code: "frame.maritime_heritage",
  kind: "FRAME",
  label: "Maritime heritage",
  description: "The port's history and seafaring identity.",
  attributes: [
    {
      code: "era",
      label: "Era",
      description: "",
      type: "choice",
      options: [
        { code: "past", label: "Past", description: "" },
        { code: "present", label: "Present", description: "Today's port." },
      ],
    },
  ],
};

/** The newest version as the editor loads it, edited by `edit`, ready to publish. */
async function editedDraft(edit: (categories: CategoryDefinition[]) => CategoryDefinition[]): Promise<PublishInput> {
  const draft = await loadCodebookDraft();
  if (!draft) throw new Error("No codebook");
  return { basedOnVersion: draft.version, notes: "Edited in a test.", categories: edit(draft.categories) };
}

const renamed = (code: string, label: string) => (categories: CategoryDefinition[]) =>
  categories.map((category) => (category.code === code ? { ...category, label } : category));

async function tagged(label: string) {
  const [reviewer, outlet, event] = await Promise.all([makeUser("REVIEWER"), makeOutlet(label), makeEvent(label)]);
  const article = await makeArticle(outlet.id, event.id, "Jobs were lost when the port closed.");
  const category = await currentCategory("frame.economic");
  const tag = await db().annotation.create({
    data: {
      articleId: article.id,
      categoryId: category.id,
      reviewerId: reviewer.id,
      startOffset: 0,
      endOffset: 4,
      quotedText: "Jobs",
    },
  });
  return { reviewer, article, tag };
}

describe("publishing codebook versions", () => {
  // The tests share this file's database: each starts from the two shipped versions and no tag.
  beforeEach(async () => {
    await db().$executeRaw`TRUNCATE codebooks, audit_log CASCADE`;
    await ensureDefaultCodebook(db());
  });

  it("publishes the admin's categories as the next version, in order, audited with the diff", async () => {
    const admin = await makeUser("ADMIN");
    const input = await editedDraft((categories) => {
      const kept = categories.filter((category) => category.code !== "frame.cultural_identity");
      return [HERITAGE, ...renamed("frame.economic", "Economy")(kept)];
    });

    const published = await publishCodebookVersion(input, admin.id);

    expect(published.version).toBe(3);
    const version = await findCodebookVersion(3);
    expect(version).toMatchObject({ version: 3, publishedBy: admin.name, notes: "Edited in a test." });
    expect(version!.categories[0]).toEqual({ ...HERITAGE, tagCount: 0 });
    expect(version!.categories.map((category) => category.code)).not.toContain("frame.cultural_identity");
    expect(version!.categories.find((category) => category.code === "frame.economic")?.label).toBe("Economy");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "codebook.publish" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "codebook_version", entityId: published.id });
    expect(audit.before).toMatchObject({ version: 2, categoryCount: 24 });
    expect(audit.after).toMatchObject({
      version: 3,
      diff: {
        added: [{ code: "frame.maritime_heritage", kind: "FRAME", label: "Maritime heritage" }],
        retired: [{ code: "frame.cultural_identity", kind: "FRAME", label: "Cultural identity" }],
        renamed: [{ code: "frame.economic", kind: "FRAME", label: "Economy", from: "Economic" }],
      },
    });
    const versions = await listCodebookVersions();
    expect(versions.map((row) => [row.version, row.categoryCount, row.publishedBy])).toEqual([
      [3, 24, admin.name],
      [2, 24, null],
      [1, 37, null],
    ]);
    expect(await listPublishedVersions()).toEqual([1, 2, 3]);

    // The admin's codebook is the codebook now: shipped versions stop arriving, and nothing is republished.
    await ensureDefaultCodebook(db());
    expect(await db().codebookVersion.count()).toBe(3);
  });

  it("leaves tags made under an older version with that version's category and label", async () => {
    const admin = await makeUser("ADMIN");
    const { reviewer, article, tag } = await tagged("Harbour Times");
    await publishCodebookVersion(await editedDraft(renamed("frame.economic", "Economy")), admin.id);

    const stored = await db().annotation.findUniqueOrThrow({
      where: { id: tag.id },
      select: { category: { select: { label: true, version: { select: { version: true } } } } },
    });
    expect(stored.category).toEqual({ label: "Economic", version: { version: 2 } });
    const versionTwo = await findCodebookVersion(2);
    expect(versionTwo!.categories.find((category) => category.code === "frame.economic")).toMatchObject({
      label: "Economic",
      tagCount: 1,
    });
    const codebookId = (await db().codebook.findFirstOrThrow()).id;
    const inUse = async (articleId: string) =>
      (await db().codebookVersion.findUnique({
        where: { id: (await codebookVersionInUse(db(), articleId, reviewer.id, codebookId))! },
      }))!.version;
    expect(await inUse(article.id)).toBe(2);
    const fresh = await makeArticle((await makeOutlet("Port Gazette")).id, null);
    expect(await inUse(fresh.id)).toBe(3);
    expect((await listCodebookVersions()).find((row) => row.version === 2)?.tagCount).toBe(1);
  });

  it("offers retired categories for restoring and counts a restore as one", async () => {
    const admin = await makeUser("ADMIN");
    const draft = (await loadCodebookDraft())!;
    const government = draft.retired.find((category) => category.code === "source.government");
    expect(government).toMatchObject({ kind: "SOURCE_TYPE", label: "Government / official", lastVersion: 1 });
    expect(draft.retired.map((category) => category.code)).not.toContain("frame.economic");

    const published = await publishCodebookVersion(
      { basedOnVersion: 2, notes: "", categories: [...draft.categories, government!] },
      admin.id,
    );
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: published.id } });
    expect(audit.after).toMatchObject({ diff: { added: [], restored: [{ code: "source.government" }] } });
    expect((await loadCodebookDraft())!.retired.map((category) => category.code)).not.toContain("source.government");
  });

  it("refuses a publish made on top of an older version than the newest, and lets one of two at once through", async () => {
    const [first, second] = await Promise.all([makeUser("ADMIN"), makeUser("ADMIN")]);
    const [one, two] = await Promise.all([
      editedDraft(renamed("frame.economic", "Economy")),
      editedDraft(renamed("frame.morality", "Ethics")),
    ]);

    const results = await Promise.allSettled([
      publishCodebookVersion(one, first.id),
      publishCodebookVersion(two, second.id),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refusal = results.find((result) => result.status === "rejected")!.reason;
    expect(refusal).toBeInstanceOf(StaleCodebookError);
    expect(refusal.message).toMatch(
      /^Version 3 was published by Test ADMIN \(.+ UTC\) after the version 2 you edited\.$/,
    );
    expect(await db().codebookVersion.count()).toBe(3);
  });

  it("refuses a kind change of a known code, clashing labels, no change at all and an empty codebook", async () => {
    const admin = await makeUser("ADMIN");
    const asNaming = await editedDraft((categories) =>
      categories.map((category) => (category.code === "frame.economic" ? { ...category, kind: "NAMING" } : category)),
    );
    await expect(publishCodebookVersion(asNaming, admin.id)).rejects.toThrow("code starts with “naming.”");
    await expect(
      publishCodebookVersion(await editedDraft(renamed("frame.morality", "economic")), admin.id),
    ).rejects.toThrow("Another frame is already called “economic”");
    const unchanged = publishCodebookVersion(await editedDraft((categories) => categories), admin.id);
    await expect(unchanged).rejects.toThrow(CodebookError);
    await expect(unchanged).rejects.toThrow("Nothing differs from version 2 yet");
    await expect(publishCodebookVersion(await editedDraft(() => []), admin.id)).rejects.toThrow(
      "Keep at least one category",
    );
    expect(await db().codebookVersion.count()).toBe(2);
    expect(await db().auditLog.count({ where: { action: "codebook.publish" } })).toBe(0);
  });
});
