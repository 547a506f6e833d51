// Rows for tests, written through the same Prisma client the code under test uses.
import { randomUUID } from "node:crypto";
import { contentHash, countWords, normalizeBodyText } from "../lib/articles/body-text.ts";
import type { Role } from "../lib/auth/roles.ts";
import { db } from "../lib/db/client.ts";
import { createUser } from "../lib/users/queries.ts";

export const TEST_PASSWORD = "correct horse battery";

export function makeUser(role: Role = "REVIEWER", email = `${randomUUID()}@test.example`) {
  return createUser({ email, name: `Test ${role}`, role, password: TEST_PASSWORD }, null);
}

export function makeOutlet(name: string) {
  return db().outlet.create({
    data: { name, domains: { create: [{ domain: `${name.toLowerCase().replace(/\W+/g, "")}.example` }] } },
  });
}

export function makeEvent(title: string, startsOn = "2026-03-01") {
  return db().event.create({ data: { title, startsOn: new Date(startsOn), endsOn: new Date(startsOn) } });
}

export function makeArticle(outletId: string, eventId: string | null, body = `Body ${randomUUID()}`) {
  const bodyText = normalizeBodyText(body);
  return db().article.create({
    data: {
      outletId,
      eventId,
      title: `Article ${randomUUID()}`,
      canonicalUrl: `https://example.org/${randomUUID()}`,
      bodyText,
      wordCount: countWords(bodyText),
      contentHash: contentHash(bodyText),
      provenance: { source: "test" },
    },
  });
}

/** The category with this code in the newest published version of the default codebook (the one tags use). */
export function currentCategory(code: string) {
  return db().codebookCategory.findFirstOrThrow({
    where: { code, version: { publishedAt: { not: null } } },
    orderBy: { version: { version: "desc" } },
  });
}
