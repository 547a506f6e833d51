import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { articleExists } from "@/lib/articles/article-exists";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

/** Decides 403 and 404 above the page's loading boundary: once the skeleton is sent, the status is 200. */
export default async function AdjudicationArticleLayout(props: {
  children: ReactNode;
  params: Promise<{ articleId: string }>;
}) {
  const { articleId } = await props.params;
  await requireRole(ACCESS.adjudicate, `/adjudication/${encodeURIComponent(articleId)}`);
  const id = z.uuid().safeParse(articleId);
  if (!id.success || !(await articleExists(id.data))) notFound();
  return props.children;
}
