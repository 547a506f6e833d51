import type { Token } from "../text/tokenize.ts";
import { isLeftFlanking, isRightFlanking } from "./flanking.ts";
import { canClose, quoteFamily, type QuoteFamily } from "./quote-marks.ts";

export interface Quote {
  /** Offsets of the whole quote, marks included. */
  start: number;
  end: number;
  /** Token indexes of the opening mark and of the closing mark (or of the last token, for a quote left open). */
  openToken: number;
  closeToken: number;
  /** 0 for a quote in the article's own voice, 1 for a quote inside a quote, and so on. */
  level: number;
  family: QuoteFamily;
  /** False for a quote its paragraph opens and never closes (and the next paragraph does not continue). */
  closed: boolean;
}

interface Open {
  token: number;
  mark: string;
  family: QuoteFamily;
}

function opens(text: string, tokens: Token[], index: number): boolean {
  const { start, end, text: mark } = tokens[index];
  const family = quoteFamily(mark);
  const leftFlanking = isLeftFlanking(text, start, end);
  if (family === "guillemet") return mark === "«" || leftFlanking;
  if (family === "single-guillemet") return mark === "‹" || leftFlanking;
  if (!leftFlanking) return false;
  // ” opens only in the Swedish and Finnish style ”…”, where it stands alone before a word.
  if (mark === "”") return !isRightFlanking(text, start, end);
  if (family === "single") return mark !== "’" && hasCloserInParagraph(text, tokens, index);
  return true;
}

// A single mark opens only if a closing single mark follows in its paragraph: otherwise it is an apostrophe
// ("‘90s", "'em") or a stray mark, and treating it as a quote would swallow the rest of the paragraph.
function hasCloserInParagraph(text: string, tokens: Token[], index: number): boolean {
  const { paragraph, text: opener } = tokens[index];
  for (let next = index + 1; next < tokens.length && tokens[next].paragraph === paragraph; next++) {
    const token = tokens[next];
    if (token.kind === "quote" && canClose(opener, token.text) && isRightFlanking(text, token.start, token.end))
      return true;
  }
  return false;
}

function closes(text: string, token: Token, open: Open): boolean {
  if (!canClose(open.mark, token.text)) return false;
  if (open.family === "guillemet" || open.family === "single-guillemet") return true;
  return isRightFlanking(text, token.start, token.end) || !isLeftFlanking(text, token.start, token.end);
}

/**
 * Pairs quotation marks into quotes, nested ones included. A paragraph that opens a quote without closing it
 * continues into the next paragraph when that one opens with the same mark (the newspaper convention
 * for quotes running over several paragraphs); otherwise the quote ends with its paragraph.
 */
export function findQuotes(text: string, tokens: Token[]): Quote[] {
  const quotes: Quote[] = [];
  const stack: Open[] = [];
  const finish = (open: Open, closeToken: number, closed: boolean) => {
    const level = stack.indexOf(open);
    stack.splice(level);
    if (!closed && open.family !== "double" && open.family !== "guillemet") return;
    const end = tokens[closeToken].end;
    quotes.push({
      start: tokens[open.token].start,
      end,
      openToken: open.token,
      closeToken,
      level,
      family: open.family,
      closed,
    });
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (index > 0 && token.paragraph !== tokens[index - 1].paragraph && stack.length > 0) {
      const outer = stack[0];
      // The next paragraph reopens the quote with the same mark: a “ after a straight " starts a new quote.
      const sameMark =
        token.text === outer.mark || (outer.family === "guillemet" && quoteFamily(token.text) === "guillemet");
      const continues = token.kind === "quote" && sameMark && opens(text, tokens, index);
      if (continues) {
        stack.splice(1);
        continue;
      }
      finish(outer, index - 1, false);
    }
    if (token.kind !== "quote") continue;
    const closing = [...stack].reverse().find((open) => closes(text, token, open));
    if (closing && (closing === stack.at(-1) || isRightFlanking(text, token.start, token.end)))
      finish(closing, index, true);
    else if (opens(text, tokens, index))
      stack.push({ token: index, mark: token.text, family: quoteFamily(token.text) });
  }
  if (stack.length > 0) finish(stack[0], tokens.length - 1, false);
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}
