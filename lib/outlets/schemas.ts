import { z } from "zod";
import { domainFromText } from "./domains.ts";
import { collapseWhitespace, distinctAliases } from "./outlet-names.ts";

const emptyToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

const outletFields = z.object({
  name: z
    .string()
    .transform(collapseWhitespace)
    .pipe(z.string().min(1, { error: "Give the outlet a name." }).max(200)),
  // One per line or comma-separated: "LBCI, LBC" or a pasted column of names.
  aliases: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(/[,\n]/).map(collapseWhitespace).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(200, { error: "Keep each alias under 200 characters." }))
        .max(50, { error: "List at most 50 aliases." }),
    ),
  country: z
    .string()
    .optional()
    .transform(emptyToNull)
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, { error: "Use a two-letter country code, like GB or US." })
        .nullable(),
    )
    .transform((value) => value?.toUpperCase() ?? null),
  language: z
    .string()
    .optional()
    .transform(emptyToNull)
    .pipe(
      z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: "Use a language tag, like en or pt-BR." })
        .nullable(),
    ),
  notes: z.string().max(4000).optional().transform(emptyToNull),
  domains: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(/[\s,]+/).filter(Boolean))
    .pipe(
      z.array(
        z.string().transform((domain, context) => {
          const normalized = domainFromText(domain);
          if (!normalized) {
            context.addIssue({ code: "custom", message: `“${domain}” is not a domain name, like example.org.` });
            return z.NEVER;
          }
          return normalized;
        }),
      ),
    )
    .transform((domains) => [...new Set(domains)]),
});

export const outletDetailsSchema = outletFields.transform((details) => ({
  ...details,
  aliases: distinctAliases(details.name, details.aliases),
}));

export type OutletDetails = z.infer<typeof outletDetailsSchema>;
