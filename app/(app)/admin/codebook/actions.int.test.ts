import { beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDefaultCodebook } from "@/lib/codebook/ensure-default-codebook";
import { loadCodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { db } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { publishCodebookAction } from "./actions";

// The action as Next runs it, with the session next-auth would read from the request's cookie.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  // A new user's sessions are of generation 1 until something ends them.
  getServerSession: async () => (session.userId ? { user: { id: session.userId, generation: 1 } } : null),
}));

/** The newest version with the first category renamed, as the editor would send it. */
async function renamedDraft(label: string) {
  const draft = (await loadCodebookDraft())!;
  const [first, ...rest] = draft.categories;
  return { basedOnVersion: draft.version, notes: "", categories: [{ ...first!, label }, ...rest] };
}

const digestOf = async (call: Promise<unknown>) => ((await call.catch((error) => error)) as { digest?: string }).digest;

describe("the publish action's guard", () => {
  beforeAll(async () => {
    // next.config.ts turns this on for the app; forbidden() refuses to run without it.
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
    await ensureDefaultCodebook(db());
  });

  it("answers editors and reviewers with the 403 page and publishes nothing", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      session.userId = (await makeUser(role)).id;
      expect(await digestOf(publishCodebookAction(await renamedDraft("Economy")))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    session.userId = null;
    expect(await digestOf(publishCodebookAction(await renamedDraft("Economy")))).toMatch(
      /^NEXT_REDIRECT;replace;\/login\?callbackUrl=%2Fadmin%2Fcodebook;/,
    );
    expect(await db().codebookVersion.count()).toBe(2);
  });

  it("publishes an admin's draft and sends them to the new version; a stale one comes back with the newer version", async () => {
    session.userId = (await makeUser("ADMIN")).id;
    const stale = await renamedDraft("Money");
    expect(await digestOf(publishCodebookAction(await renamedDraft("Economy")))).toMatch(
      /^NEXT_REDIRECT;replace;\/admin\/codebook\?published=3;/,
    );
    const refusal = await publishCodebookAction(stale);
    expect(refusal.error).toMatch(/^Version 3 was published by Test ADMIN/);
    expect(refusal.newer).toMatchObject({
      version: 3,
      categories: expect.arrayContaining([expect.objectContaining({ label: "Economy" })]),
    });
    const invalid = await publishCodebookAction({ ...(await renamedDraft("")), basedOnVersion: 3 });
    expect(invalid.fieldErrors).toEqual({ "categories.0.label": ["Give the category a label."] });
  });
});
