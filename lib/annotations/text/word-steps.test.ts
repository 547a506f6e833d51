import { describe, expect, it } from "vitest";
import { isGraphemeBoundary } from "./segments.ts";
import type { TextSpan } from "./span.ts";
import { SAMPLE_BODIES, markCaret, markSpan, markedCaret, markedSelection } from "./test-support.ts";
import { extendByWord, nextWordBoundary, type WordDirection } from "./word-steps.ts";

/** "The qu‸ick" → "The quick‸": the caret mark before and after one step. */
function step(marked: string, direction: WordDirection): string {
  const { body, index } = markedCaret(marked);
  return markCaret(body, nextWordBoundary(body, index, direction));
}

/** "⟦The⟧ quick" → "⟦The quick⟧": the selection before and after moving one edge. */
function extend(marked: string, edge: "start" | "end", direction: WordDirection): string | null {
  const { body, selection } = markedSelection(marked);
  return markSpan(body, extendByWord(body, selection, edge, direction));
}

describe("nextWordBoundary", () => {
  it("moves forward to the end of the word and back to its start", () => {
    expect(step("‸The quick", 1)).toBe("The‸ quick");
    expect(step("The‸ quick", 1)).toBe("The quick‸");
    expect(step("The qu‸ick", 1)).toBe("The quick‸");
    expect(step("The qu‸ick", -1)).toBe("The ‸quick");
    expect(step("The ‸quick", -1)).toBe("‸The quick");
  });

  it("passes over punctuation and whitespace but not over punctuation inside a word", () => {
    expect(step("said‸, “no.” Then", 1)).toBe("said, “no‸.” Then");
    expect(step("said, “no.” ‸Then", -1)).toBe("said, “‸no.” Then");
    expect(step("the ‸al-Qassam", 1)).toBe("the al‸-Qassam");
    expect(step("‸don't go", 1)).toBe("don't‸ go");
    expect(step("the‸ U.S. said", 1)).toBe("the U.S.‸ said");
    expect(step("up 50%‸ now", -1)).toBe("up ‸50% now");
  });

  it("stays put when no word lies that way", () => {
    expect(step("the end.‸", 1)).toBe("the end.‸");
    expect(step("the end‸.", 1)).toBe("the end‸.");
    expect(step("  ‸ the", -1)).toBe("  ‸ the");
    expect(step("‸", 1)).toBe("‸");
  });

  it("steps over astral characters, ZWJ families and combining marks whole", () => {
    expect(step("‸𝔸𝔹 x", 1)).toBe("𝔸𝔹‸ x");
    expect(step("a ‸👨‍👩‍👧 b", 1)).toBe("a 👨‍👩‍👧‸ b");
    expect(step("a 👨‍👩‍👧‸ b", -1)).toBe("a ‸👨‍👩‍👧 b");
    expect(step("smile😀‸!", -1)).toBe("smile‸😀!");
    expect(step("‸Cafe\u0301 au", 1)).toBe("Cafe\u0301‸ au");
  });

  it("moves in reading order through right-to-left text: the caller maps arrow keys to directions", () => {
    expect(step("‸قال المتحدث", 1)).toBe("قال‸ المتحدث");
    expect(step("قال المتحدث‸", -1)).toBe("قال ‸المتحدث");
    expect(step('‸צה"ל הודיע', 1)).toBe('צה"ל‸ הודיע');
  });

  it("moves by dictionary word through text written without spaces", () => {
    expect(step("‸中华人民共和国", 1)).toBe("中华‸人民共和国");
    expect(step("中华人民共和国‸", -1)).toBe("中华人民‸共和国");
  });

  it("walks every sample body word by word, the same words either way, on grapheme boundaries", () => {
    for (const body of Object.values(SAMPLE_BODIES)) {
      const forward = walk(body, 0, 1);
      const backward = walk(body, body.length, -1);
      expect(forward.length, body).toBe(backward.length);
      expect(forward.length, body).toBeGreaterThan(3);
      for (const index of [...forward, ...backward])
        expect(isGraphemeBoundary(body, index), `${body} ${index}`).toBe(true);
    }
  });

  it("refuses an index outside the body", () => {
    expect(() => nextWordBoundary("abc", 4, 1)).toThrow(RangeError);
    expect(() => nextWordBoundary("abc", -1, -1)).toThrow(RangeError);
  });
});

/** Caret positions from `index` stepping one way until it stops, asserting each step moves that way. */
function walk(body: string, index: number, direction: WordDirection): number[] {
  const stops: number[] = [];
  for (let next = nextWordBoundary(body, index, direction); next !== index;) {
    expect(Math.sign(next - index)).toBe(direction);
    stops.push(next);
    index = next;
    next = nextWordBoundary(body, index, direction);
  }
  return stops;
}

describe("extendByWord", () => {
  it("grows and shrinks the end between word ends", () => {
    expect(extend("⟦The⟧ quick brown", "end", 1)).toBe("⟦The quick⟧ brown");
    expect(extend("⟦The quick⟧ brown", "end", -1)).toBe("⟦The⟧ quick brown");
    expect(extend("⟦the⟧ U.S. said", "end", 1)).toBe("⟦the U.S.⟧ said");
    expect(extend("⟦said⟧, “no.” Then", "end", 1)).toBe("⟦said, “no⟧.” Then");
  });

  it("grows and shrinks the start between word starts", () => {
    expect(extend("The ⟦quick⟧", "start", -1)).toBe("⟦The quick⟧");
    expect(extend("⟦The quick⟧ brown", "start", 1)).toBe("The ⟦quick⟧ brown");
    expect(extend("The qu⟦ick⟧ brown", "start", -1)).toBe("The ⟦quick⟧ brown");
  });

  it("never shrinks a selection to nothing or turns it inside out", () => {
    expect(extend("⟦The⟧ quick", "end", -1)).toBe("⟦The⟧ quick");
    expect(extend("⟦The⟧ quick", "start", 1)).toBe("⟦The⟧ quick");
  });

  it("stays put when no word lies that way", () => {
    expect(extend("the ⟦end⟧.", "end", 1)).toBe("the ⟦end⟧.");
    expect(extend("“⟦Quote⟧", "start", -1)).toBe("“⟦Quote⟧");
  });

  it("grows a selection from a caret", () => {
    expect(extend("The ⟦⟧quick brown", "end", 1)).toBe("The ⟦quick⟧ brown");
    expect(extend("The quick⟦⟧ brown", "start", -1)).toBe("The ⟦quick⟧ brown");
  });

  it("extends over emoji and right-to-left words whole", () => {
    expect(extend("⟦a⟧ 👨‍👩‍👧 b", "end", 1)).toBe("⟦a 👨‍👩‍👧⟧ b");
    expect(extend("قال ⟦المتحدث⟧ اليوم", "end", 1)).toBe("قال ⟦المتحدث اليوم⟧");
    expect(extend("قال ⟦المتحدث⟧ اليوم", "start", -1)).toBe("⟦قال المتحدث⟧ اليوم");
  });

  it("refuses a selection that ends before it starts", () => {
    const reversed: TextSpan = { start: 3, end: 1 };
    expect(() => extendByWord("abcdef", reversed, "end", 1)).toThrow(RangeError);
  });
});
