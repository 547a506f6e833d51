import { db } from "../../db/client.ts";

export interface ShareLinkItem {
  id: string;
  label: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: string | null;
}

/** A report's share links, newest first, revoked and expired ones included (they say so). */
export async function listShareLinks(reportId: string): Promise<ShareLinkItem[]> {
  const links = await db().reportShareLink.findMany({
    where: { reportId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return links.map(({ createdBy, ...link }) => ({ ...link, createdBy: createdBy?.name ?? null }));
}
