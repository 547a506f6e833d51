import { describe, expect, it } from "vitest";
import { groupByEvent } from "./group-by-event.ts";

describe("groupByEvent", () => {
  it("keeps the rows' order and starts a group where the event changes", () => {
    const rows = [
      { eventId: "e1", eventTitle: "Talks", n: 1 },
      { eventId: "e1", eventTitle: "Talks", n: 2 },
      { eventId: null, eventTitle: null, n: 3 },
    ];
    expect(groupByEvent(rows)).toEqual([
      { eventId: "e1", eventTitle: "Talks", items: [rows[0], rows[1]] },
      { eventId: null, eventTitle: null, items: [rows[2]] },
    ]);
  });
});
