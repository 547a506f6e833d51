import { z } from "zod";
import { outletDomain } from "./domains.ts";

const emptyToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export const outletDetailsSchema = z.object({
  name: z.string().trim().min(1, { error: "Give the outlet a name." }).max(200),
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
          const normalized = outletDomain(/^https?:\/\//.test(domain) ? domain : `https://${domain}`);
          if (!normalized || !normalized.includes(".")) {
            context.addIssue({ code: "custom", message: `“${domain}” is not a domain name, like example.org.` });
            return z.NEVER;
          }
          return normalized;
        }),
      ),
    )
    .transform((domains) => [...new Set(domains)]),
});

export type OutletDetails = z.infer<typeof outletDetailsSchema>;
