const SPACE = /\s/;
const BEFORE_OPENING = /[\s(\[{—–\-/"“„‘«‹']/;
const AFTER_CLOSING = /[\s)\]}.,;:!?—–\-…"”’'»›]/;

/** A mark that stands where quotes open: after a space, bracket, dash or another mark, and before a non-space. */
export function isLeftFlanking(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !SPACE.test(after);
}

/** A mark that stands where quotes close: after a non-space, and before a space, punctuation or the end. */
export function isRightFlanking(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && !SPACE.test(before) && (after === undefined || AFTER_CLOSING.test(after));
}
