import { describe, expect, it } from "vitest";
import { holdsMoreStory, widerStoryContainer } from "./story-container.ts";

const item = (topic: string) =>
  `${topic} is the pick of the list: quick to book, friendly to families and good value, say the readers who sent in their reviews this year.`;
const listicle = ["Ferries", "Trains", "Buses", "Bikes", "Boats", "Trams"].map(item);

describe("widerStoryContainer", () => {
  it("finds the innermost story container around a pick that is one section of a longer story", () => {
    const containers = [listicle.join("\n") + "\nFooter links", listicle.join("\n"), "A teaser for another story"];
    expect(widerStoryContainer(containers, item("Ferries"))).toBe(1);
  });

  it("ignores containers that hold about as much as the pick, or do not hold it", () => {
    expect(widerStoryContainer([listicle.join("\n")], listicle.join("\n"))).toBeNull();
    const elsewhere = "Council news: the budget vote, the new bus lanes and a report on the bridge repairs.";
    expect(widerStoryContainer([elsewhere.repeat(5)], item("Ferries"))).toBeNull();
  });
});

describe("holdsMoreStory", () => {
  it("accepts a container with clearly more running text around the pick", () => {
    expect(holdsMoreStory(listicle, [item("Ferries")])).toBe(true);
  });

  it("rejects a container whose extra text is labels, tag lists and links rather than prose", () => {
    const furniture = [
      "Subjects: Transport",
      "travel, ferries, family holidays, value, booking, reviews",
      "Print this page",
    ];
    expect(holdsMoreStory([item("Ferries"), ...furniture, ...furniture, ...furniture], [item("Ferries")])).toBe(false);
  });
});
