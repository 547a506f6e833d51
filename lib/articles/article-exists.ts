import { db } from "../db/client.ts";

export async function articleExists(id: string): Promise<boolean> {
  return (await db().article.count({ where: { id } })) > 0;
}
