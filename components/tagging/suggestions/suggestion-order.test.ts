import { describe, expect, it } from "vitest";
import { neighbour, suggestionAt } from "./suggestion-order";

const list = [
  { key: "a", start: 0, end: 20 },
  { key: "b", start: 5, end: 8 },
  { key: "c", start: 30, end: 40 },
];

describe("moving between suggestions", () => {
  it("goes to the next or previous one in reading order, round the article", () => {
    expect(neighbour(list, { key: "a", offset: 0 }, 1)?.key).toBe("b");
    expect(neighbour(list, { key: "c", offset: 0 }, 1)?.key).toBe("a");
    expect(neighbour(list, { key: "a", offset: 0 }, -1)?.key).toBe("c");
  });

  it("starts from the caret when no suggestion is current", () => {
    expect(neighbour(list, { key: null, offset: 6 }, 1)?.key).toBe("c");
    expect(neighbour(list, { key: null, offset: 6 }, -1)?.key).toBe("b");
    expect(neighbour(list, { key: null, offset: 50 }, 1)?.key).toBe("a");
    expect(neighbour([], { key: null, offset: 0 }, 1)).toBeNull();
  });

  it("picks the innermost suggestion under a click", () => {
    expect(suggestionAt(list, 6)?.key).toBe("b");
    expect(suggestionAt(list, 25)).toBeUndefined();
  });
});
