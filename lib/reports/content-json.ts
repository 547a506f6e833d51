import type { Prisma } from "../db/generated/client.ts";
import type { ReportInput } from "./schemas.ts";

/** A draft's fields as Prisma writes them (the filters copied into a plain object, which a JSON column takes). */
export function reportData(input: ReportInput) {
  const content: Prisma.InputJsonObject = {
    sections: input.content.sections,
    filters: { ...input.content.filters },
  };
  return { title: input.title, commentary: input.commentary, content };
}
