import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { currentCategory, makeArticle, makeEvent } from "../../../test/factories.ts";
import { articleForm, articleOf, assign, compareFixture, outletNamed, tag } from "../compare-fixture.ts";
import { cachedForEvent } from "./cached-for-event.ts";

const BODY = "The mayor spoke. The fire burned. Residents fled.";

// A read that counts how often it really ran: a cached answer leaves the count alone.
let runs = 0;
const read = cachedForEvent("cache-test", async (eventId: string, label: string) => ({ eventId, label, run: ++runs }));

async function setUp() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const outlet = await outletNamed("Wire");
  const submitted = await articleOf(outlet.id, event.id, BODY);
  await assign(submitted.id, [ravi]);
  const draft = await articleOf(outlet.id, event.id, BODY);
  await assign(draft.id, [rosa], []);
  const actor = await db().eventActor.create({ data: { eventId: event.id, name: `Mayor ${randomUUID()}` } });
  return { event, ravi, rosa, editor, outlet, submitted, draft, actor };
}

type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Reads once (computed and kept), runs the write, and says whether the next read had to compute again. */
async function recomputesAfter(fixture: Fixture, write: (fixture: Fixture) => Promise<unknown>) {
  const before = await read(fixture.event.id, "x");
  expect((await read(fixture.event.id, "x")).run).toBe(before.run);
  await write(fixture);
  return (await read(fixture.event.id, "x")).run !== before.run;
}

describe("cached comparison reads", () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await setUp();
  });

  it("serve a kept answer per event and arguments, with what JSON alone would lose", async () => {
    const kept = cachedForEvent("cache-test-values", async (eventId: string) => ({
      eventId,
      missing: Number.NaN,
      when: new Date("2026-03-10T12:00:00Z"),
      order: { z: 1, a: 2, m: 3 },
      run: ++runs,
    }));
    const first = await kept(fixture.event.id);
    const second = await kept(fixture.event.id);
    expect(second).toEqual(first);
    expect(Number.isNaN(second.missing)).toBe(true);
    expect(second.when).toBeInstanceOf(Date);
    expect(Object.keys(second.order)).toEqual(["z", "a", "m"]);
    expect((await read(fixture.event.id, "y")).run).not.toBe((await read(fixture.event.id, "x")).run);
  });

  it.each<[string, (fixture: Fixture) => Promise<unknown>]>([
    [
      "a submitted reviewer's tag is added",
      (f) => tag(f.submitted.id, f.ravi.id, "frame.conflict", "The fire burned."),
    ],
    [
      "a submitted reviewer's tag is edited",
      async (f) => {
        const made = await tag(f.submitted.id, f.ravi.id, "frame.conflict", "The fire burned.");
        await read(f.event.id, "x");
        await db().annotation.update({ where: { id: made.id }, data: { actorId: f.actor.id } });
      },
    ],
    [
      "a submitted reviewer's tag is deleted",
      async (f) => {
        const made = await tag(f.submitted.id, f.ravi.id, "frame.conflict", "The fire burned.");
        await read(f.event.id, "x");
        await db().annotation.delete({ where: { id: made.id } });
      },
    ],
    [
      "a gold tag is added",
      (f) => tag(f.draft.id, f.editor.id, "frame.political", "The mayor spoke.", { layer: "GOLD" }),
    ],
    [
      "a reviewer submits",
      (f) =>
        db().assignment.update({
          where: { articleId_reviewerId: { articleId: f.draft.id, reviewerId: f.rosa.id } },
          data: { submittedAt: new Date() },
        }),
    ],
    [
      "an adjudication is completed",
      (f) =>
        db().adjudication.create({
          data: { articleId: f.draft.id, adjudicatorId: f.editor.id, completedAt: new Date() },
        }),
    ],
    [
      "a submitted reviewer's article form is filled",
      (f) => articleForm(f.submitted.id, f.ravi.id, { primary: "frame.conflict", headline: null }),
    ],
    [
      "a tone is rated on a submitted form",
      async (f) => {
        const form = await articleForm(f.submitted.id, f.ravi.id, { primary: "frame.conflict", headline: null });
        await read(f.event.id, "x");
        await db().articleTone.create({ data: { formId: form.id, actorId: f.actor.id, tone: -1 } });
      },
    ],
    [
      "articles are imported into the event",
      async (f) => {
        const id = randomUUID();
        await db().$executeRaw`
          INSERT INTO articles (id, outlet_id, event_id, title, body_text, word_count, content_hash, provenance, minhash)
          VALUES (${id}::uuid, ${f.outlet.id}::uuid, ${f.event.id}::uuid, 'Imported', 'Body', 1, ${id}, '{}', '{}')`;
      },
    ],
    [
      "an article moves to another event",
      async (f) => db().article.update({ where: { id: f.draft.id }, data: { eventId: (await makeEvent("Other")).id } }),
    ],
    ["an actor is added", (f) => db().eventActor.create({ data: { eventId: f.event.id, name: "Council" } })],
    ["a claim is added", (f) => db().eventClaim.create({ data: { eventId: f.event.id, label: "Ten were hurt" } })],
    [
      "an outlet is renamed",
      (f) => db().outlet.update({ where: { id: f.outlet.id }, data: { name: `Renamed ${randomUUID()}` } }),
    ],
    [
      "a category is relabelled",
      async () => {
        const category = await currentCategory("frame.conflict");
        await db().codebookCategory.update({ where: { id: category.id }, data: { label: category.label } });
      },
    ],
    ["a reviewer is renamed", (f) => db().user.update({ where: { id: f.ravi.id }, data: { name: "Ravi R." } })],
  ])("compute again when %s", async (_, write) => {
    expect(await recomputesAfter(fixture, write)).toBe(true);
  });

  it.each<[string, (fixture: Fixture) => Promise<unknown>]>([
    [
      "a reviewer saves a tag before submitting",
      (f) => tag(f.draft.id, f.rosa.id, "frame.conflict", "The fire burned."),
    ],
    [
      "a reviewer signs out everywhere",
      (f) => db().user.update({ where: { id: f.ravi.id }, data: { sessionGeneration: { increment: 1 } } }),
    ],
    ["another event's article is imported", async (f) => makeArticle(f.outlet.id, (await makeEvent("Elsewhere")).id)],
  ])("keep the answer when %s", async (_, write) => {
    expect(await recomputesAfter(fixture, write)).toBe(false);
  });

  it("never serve an answer computed while a write committed", async () => {
    let racingRuns = 0;
    const racing = cachedForEvent("cache-test-race", async (eventId: string) => {
      const run = ++racingRuns;
      if (run === 1) await tag(fixture.submitted.id, fixture.ravi.id, "frame.conflict", "Residents fled.");
      return { eventId, run };
    });
    const during = await racing(fixture.event.id);
    const after = await racing(fixture.event.id);
    expect(after.run).not.toBe(during.run);
    expect((await racing(fixture.event.id)).run).toBe(after.run);
  });
});
