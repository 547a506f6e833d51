"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { articleExists } from "@/lib/articles/article-exists";
import { pickArticle } from "@/lib/assignments/pick-article";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms";

export async function pickArticleAction(_state: FormState, form: FormData): Promise<FormState> {
  const reviewer = await requireRole(ACCESS.tagging, "/tagging");
  const articleId = z.uuid().parse(form.get("articleId"));
  if (!(await articleExists(articleId))) return { error: "This article has been deleted meanwhile." };
  await pickArticle(articleId, reviewer.id);
  revalidatePath("/tagging");
  return {};
}
