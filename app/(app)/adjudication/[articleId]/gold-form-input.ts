/** Form fields named `tone:<actorId>` carry the tone toward that actor; an empty one means not rated. */
export const TONE_FIELD = "tone:";

/** What the gold form posts, shaped as the article form's input (to be parsed): an empty choice is "not set". */
export function goldFormInput(articleId: string, form: FormData) {
  const text = (name: string) => (form.get(name) as string | null) || null;
  const tones = [...form.entries()]
    .filter(([name, value]) => name.startsWith(TONE_FIELD) && value !== "")
    .map(([name, value]) => ({ actorId: name.slice(TONE_FIELD.length), tone: Number(value) }));
  const revision = text("revision");
  return {
    articleId,
    primaryFrameId: text("primaryFrameId"),
    headlineFrameId: text("headlineFrameId"),
    tones,
    revision: revision === null ? null : Number(revision),
  };
}
