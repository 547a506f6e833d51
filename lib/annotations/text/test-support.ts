import type { TextSpan } from "./span.ts";

/** Bodies full of what breaks naive offset arithmetic, for tests that sweep every offset. */
export const SAMPLE_BODIES: Record<string, string> = {
  english:
    'The U.S. said "al-Qassam fighters" don\'t retreat—yet. Mr. Smith’s 50% claim (3.14…) cost $5.\n\nNext, e.g. #MeToo & @AP.',
  arabic: "قال المتحدث مُحَمَّد، إن ٢٠٢٤ «عام صعب». ثم غادر.",
  hebrew: "צה\"ל הודיע: ג'ירפה בתל־אביב.",
  chinese: "中华人民共和国外交部发言人说，会议将于明天举行。",
  japanese: "東京に行きます。カタカナもテストです",
  thai: "ภาษาไทยง่ายนิดเดียว สวัสดีครับ",
  emoji: "Family 👨‍👩‍👧 thumbs 👍🏽 flags 🇺🇸🇬🇧🇫🇷 keycap 1️⃣ smile😀 math 𝔸𝔹 end",
  combining: "Café vs Cafe\u0301, nghe\u0323\u0302 A\u0308rger, क्षत्रिय, \u1100\u1161\u11A8 jamo",
  unusual: " \u0301lead,\tCR\r\nLF  two  spaces \u200Bzwsp, ideographic\u3000 space, lone \ud800 surrogate ",
};

const OPEN = "⟦";
const CLOSE = "⟧";
const CARET = "‸";

/** "The ⟦quick bro⟧wn fox" → the body without the brackets and the selection they marked. */
export function markedSelection(text: string): { body: string; selection: TextSpan } {
  const start = text.indexOf(OPEN);
  const end = text.indexOf(CLOSE) - OPEN.length;
  return { body: text.replace(OPEN, "").replace(CLOSE, ""), selection: { start, end } };
}

/** The body with brackets around `span`, so expectations read as text rather than offsets. */
export function markSpan(body: string, span: TextSpan | null): string | null {
  if (!span) return null;
  return body.slice(0, span.start) + OPEN + body.slice(span.start, span.end) + CLOSE + body.slice(span.end);
}

/** "The qu‸ick" → the body without the caret mark and the caret's index. */
export function markedCaret(text: string): { body: string; index: number } {
  return { body: text.replace(CARET, ""), index: text.indexOf(CARET) };
}

export function markCaret(body: string, index: number): string {
  return body.slice(0, index) + CARET + body.slice(index);
}
