import { z } from "zod";
import { reportInputSchema } from "./schemas.ts";

// The filters travel through the form as JSON in a hidden field: they are chosen on the comparison page, not here.
const filtersJson = z.string().transform((text, context): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    context.addIssue({ code: "custom", message: "The report's filters could not be read; make it again." });
    return z.NEVER;
  }
});

/** A report's fields as its editor form submits them: title, commentary, a checkbox per section, filters. */
export function readReportForm(form: FormData) {
  const filters = filtersJson.safeParse(form.get("filters") ?? "");
  return reportInputSchema.safeParse({
    title: form.get("title") ?? "",
    commentary: form.get("commentary") ?? "",
    content: { sections: form.getAll("sections"), filters: filters.success ? filters.data : null },
  });
}
