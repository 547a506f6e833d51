/** A reviewer's article-level form as compared: frames and tone per actor. */
export interface ComparedForm {
  reviewerId: string;
  primaryFrameId: string | null;
  headlineFrameId: string | null;
  tones: { actorId: string; tone: number }[];
}

/** One judgement across the reviewers: each one's value (null: not given), the value all agree on, and whether they differ. */
export interface FormRow<V> {
  values: (V | null)[];
  agreed: V | null;
  differs: boolean;
}

export interface FormComparison {
  primaryFrame: FormRow<string>;
  headlineFrame: FormRow<string>;
  tones: (FormRow<number> & { actorId: string })[];
}

/**
 * The reviewers' forms side by side, in the order of `reviewerIds`, with a row per event actor for tone. A value
 * counts as agreed only when every reviewer gave it; a reviewer who left it out differs from one who gave it.
 */
export function compareForms(
  reviewerIds: readonly string[],
  forms: readonly ComparedForm[],
  actorIds: readonly string[],
): FormComparison {
  const formOf = (reviewerId: string) => forms.find((form) => form.reviewerId === reviewerId);
  const rowOf = <V>(valueOf: (form: ComparedForm) => V | null) =>
    formRow(
      reviewerIds.map((id) => {
        const form = formOf(id);
        return form ? valueOf(form) : null;
      }),
    );
  return {
    primaryFrame: rowOf((form) => form.primaryFrameId),
    headlineFrame: rowOf((form) => form.headlineFrameId),
    tones: actorIds.map((actorId) => ({
      actorId,
      ...rowOf((form) => form.tones.find((tone) => tone.actorId === actorId)?.tone ?? null),
    })),
  };
}

function formRow<V>(values: (V | null)[]): FormRow<V> {
  const distinct = [...new Set(values)];
  const agreed = distinct.length === 1 ? distinct[0] : null;
  return { values, agreed, differs: distinct.length > 1 };
}
