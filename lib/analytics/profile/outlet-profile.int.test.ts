import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { articleOf, assign, compareFixture, outletNamed, tag } from "../compare-fixture.ts";
import { compareOutletHabits } from "./compare-outlet-habits.ts";
import { listOutletEvents } from "./list-outlet-events.ts";
import { listOutletNames } from "./list-outlet-names.ts";

const BODY = "The greedy firm. Fight one. Money two. Sad story.";

/** X and Y cover event one; Y also covers event two, which X did not cover and so must not count. */
async function scenario() {
  const one = await compareFixture();
  const two = await compareFixture();
  const [x, y] = await Promise.all([outletNamed("X"), outletNamed("Y")]);
  const firm = await db().eventActor.create({ data: { eventId: one.event.id, name: "Firm", position: 0 } });
  const article = async (fixture: typeof one, outletId: string, words: number) => {
    const made = await articleOf(outletId, fixture.event.id, BODY);
    await db().article.update({ where: { id: made.id }, data: { wordCount: words } });
    await assign(made.id, [fixture.rosa]);
    return made;
  };
  const x1 = await article(one, x.id, 100);
  await tag(x1.id, one.rosa.id, "frame.conflict", "Fight one.");
  await tag(x1.id, one.rosa.id, "naming.actor", "The greedy firm", { actorId: firm.id });
  await tag(x1.id, one.rosa.id, "loaded.loaded_term", "greedy", {
    actorId: firm.id,
    attributes: { direction: "unfavourable" },
  });
  const y1 = await article(one, y.id, 200);
  await tag(y1.id, one.rosa.id, "frame.conflict", "Fight one.");
  await tag(y1.id, one.rosa.id, "frame.economic", "Money two.");
  await tag(y1.id, one.rosa.id, "naming.actor", "The greedy firm", { actorId: firm.id });
  const y2 = await article(two, y.id, 50);
  await tag(y2.id, two.rosa.id, "frame.human_interest", "Sad story.");
  return { one, x, firm };
}

describe("outlet profile", () => {
  it("compares an outlet's habits with the other outlets' average on the same events", async () => {
    const { one, x } = await scenario();
    const habits = await compareOutletHabits(x.id);
    const habit = (metric: string, key: string) => habits.find((row) => row.metric === metric && row.key === key);
    expect(habit("frame", "frame.conflict")).toMatchObject({ outlet: 1, others: 0.5, otherOutlets: 1 });
    expect(habit("frame", "frame.economic")).toMatchObject({ outlet: 0, others: 0.5, label: "Economic" });
    expect(habit("frame", "frame.human_interest")).toBeUndefined();
    expect(habit("loaded", "unfavourable")).toMatchObject({ outlet: 10, others: 0 });
    expect(habit("loaded", "favourable")).toMatchObject({ outlet: 0, others: 0 });
    expect(habit("loadedNaming", "loaded")).toMatchObject({ outlet: 1, others: 0 });

    expect(await listOutletEvents(x.id)).toEqual([
      { eventId: one.event.id, title: one.event.title, articles: 1, counted: 1, outlets: 2 },
    ]);
    expect(await listOutletNames(x.id)).toEqual([
      { name: "The greedy firm", key: "the greedy firm", actor: "Firm", eventId: one.event.id, uses: 1, loaded: 1 },
    ]);
  });
});
