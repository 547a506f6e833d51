import { z } from "zod";
import { blobChunks, MAX_FILE_BYTES, type ImportInput } from "./read-source.ts";

/** What the Import page's source forms send: pasted text, a page or feed address, or a file. */
export const sourceFormSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("paste"), text: z.string().trim().min(1, { error: "Paste the article's text." }) }),
  z.object({
    source: z.literal("url"),
    url: z.url({ protocol: /^https?$/, error: "Enter the page's full address, starting with https://." }),
  }),
  z.object({
    source: z.literal("feed-url"),
    url: z.url({ protocol: /^https?$/, error: "Enter the feed's full address, starting with https://." }),
    fetchFullPages: z.literal("on").optional(),
  }),
  z.object({
    source: z.literal("file"),
    file: z
      .instanceof(File, { error: "Choose a file to import." })
      .refine((file) => file.size > 0, { error: "The file is empty. Choose another file." })
      .refine((file) => file.size <= MAX_FILE_BYTES, {
        error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
      }),
  }),
]);

// Only admins may fetch from private networks (e.g. an intranet CMS), so reviewers cannot probe it.
export function importInputOf(data: z.infer<typeof sourceFormSchema>, allowPrivateNetwork: boolean): ImportInput {
  switch (data.source) {
    case "paste":
      return { kind: "paste", text: data.text };
    case "url":
      return { kind: "url", url: data.url, allowPrivateNetwork };
    case "feed-url":
      return { kind: "feed-url", url: data.url, allowPrivateNetwork, fetchFullPages: data.fetchFullPages === "on" };
    case "file":
      return {
        kind: "file",
        fileName: data.file.name,
        contentType: data.file.type || null,
        size: data.file.size,
        chunks: () => blobChunks(data.file),
      };
  }
}
