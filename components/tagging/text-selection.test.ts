import { describe, expect, it } from "vitest";
import { caretAt, moveByWord, taggableSpan } from "./text-selection";

const BODY = "A terrified mother, clutching two children.";

describe("keyboard selection", () => {
  it("moves the caret a word at a time and extends the selection with Shift", () => {
    const afterA = moveByWord(BODY, caretAt(0), 1, false);
    expect(afterA).toEqual(caretAt(1));
    const grown = moveByWord(BODY, moveByWord(BODY, afterA, 1, true), 1, true);
    expect(taggableSpan(BODY, grown)).toEqual({ start: 2, end: 18 });
    expect(taggableSpan(BODY, moveByWord(BODY, grown, -1, true))).toEqual({ start: 2, end: 11 });
  });

  it("has nothing to tag at a bare caret", () => {
    expect(taggableSpan(BODY, caretAt(5))).toBeNull();
    expect(taggableSpan(BODY, null)).toBeNull();
  });
});
