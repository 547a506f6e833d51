import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { listSyndicationLinks } from "./syndication-links.ts";

describe("listSyndicationLinks", () => {
  it("lists copies of the event's stories and the event's copies of stories filed elsewhere", async () => {
    const [wire, paper, radio] = await Promise.all([
      makeOutlet("Link Wire"),
      makeOutlet("Link Paper"),
      makeOutlet("Link Radio"),
    ]);
    const [event, other] = await Promise.all([makeEvent("Dam breach"), makeEvent("Dam breach inquiry")]);
    const original = await makeArticle(wire.id, event.id);
    const copy = await makeArticle(paper.id, event.id);
    const copyElsewhere = await makeArticle(radio.id, other.id);
    const unrelated = await makeArticle(radio.id, other.id);
    const link = (id: string, from: string, similarity: number) =>
      db().article.update({ where: { id }, data: { syndicatedFromId: from, syndicationSimilarity: similarity } });
    await Promise.all([link(copy.id, original.id, 0.92), link(copyElsewhere.id, original.id, 0.81)]);
    await makeArticle(wire.id, event.id); // not syndicated
    expect(unrelated.eventId).toBe(other.id);

    const links = await listSyndicationLinks(event.id);

    expect(links).toHaveLength(2);
    expect(links).toContainEqual({
      similarity: 0.92,
      copy: expect.objectContaining({
        id: copy.id,
        outletName: "Link Paper",
        event: { id: event.id, title: "Dam breach" },
      }),
      original: expect.objectContaining({ id: original.id, outletName: "Link Wire" }),
    });
    expect(links).toContainEqual(
      expect.objectContaining({
        similarity: 0.81,
        copy: expect.objectContaining({ id: copyElsewhere.id, event: { id: other.id, title: "Dam breach inquiry" } }),
      }),
    );
  });
});
