import { db } from "../../../lib/db/client.ts";

/**
 * What the server acknowledged for each tag the benchmark wrote: its revision, or that it was deleted. A tag
 * whose last request was still in flight when the run stopped is left out of the check (its answer was never read).
 */
export class WriteLedger {
  private readonly expected = new Map<string, number | "deleted" | "in flight">();
  acknowledged = 0;

  sending(tagId: string): void {
    this.expected.set(tagId, "in flight");
  }

  saved(tagId: string, revision: number): void {
    this.expected.set(tagId, revision);
    this.acknowledged += 1;
  }

  deleted(tagId: string): void {
    this.expected.set(tagId, "deleted");
    this.acknowledged += 1;
  }

  entries() {
    return [...this.expected];
  }
}

export interface WriteCheck {
  /** Tags whose acknowledged state was compared with the database. */
  checked: number;
  /** Unanswered at the end of the run, so not compared. */
  inFlight: number;
  /**
   * Acknowledged as saved but absent or at another revision, acknowledged as deleted but still there, or
   * without an audit entry.
   */
  wrong: string[];
}

/** Compares every acknowledged write with the annotations table and the audit log. */
export async function checkWrites(ledger: WriteLedger): Promise<WriteCheck> {
  const entries = ledger.entries();
  const ids = entries.map(([id]) => id);
  const rows = await db().$queryRaw<{ id: string; revision: number }[]>`
    SELECT id::text, revision FROM annotations WHERE id = ANY(${ids}::uuid[])`;
  const audited = await db().$queryRaw<{ id: string }[]>`
    SELECT DISTINCT entity_id AS id FROM audit_log WHERE entity_type = 'annotation' AND entity_id = ANY(${ids}::text[])`;
  const stored = new Map(rows.map((row) => [row.id, row.revision]));
  const inAudit = new Set(audited.map((row) => row.id));
  const wrong: string[] = [];
  let checked = 0;
  for (const [id, expected] of entries) {
    if (expected === "in flight") continue;
    checked += 1;
    const actual = stored.get(id) ?? "deleted";
    if (actual !== expected) wrong.push(`${id}: acknowledged ${expected}, stored ${actual}`);
    if (!inAudit.has(id)) wrong.push(`${id}: no audit entry`);
  }
  return { checked, inFlight: entries.length - checked, wrong };
}
