import type pg from "pg";
import type { Prisma } from "./generated/client.ts";

// Prisma cannot stream COPY, which bulk imports need to be fast, but its interactive transaction runs on
// one connection of our pool. Pool connections are registered by their server process id so that a
// transaction can find its own connection and stream COPY on it, inside the same transaction.
// Process ids are unique per database server; a process talks to one server. The registry is kept on
// globalThis, like the Prisma client, because Next.js instantiates a module once per bundle layer.
const registry = globalThis as unknown as { framewiseConnectionsByServerPid?: Map<number, pg.ClientBase> };
const connectionsByServerPid = (registry.framewiseConnectionsByServerPid ??= new Map());

export function registerPoolConnections(pool: pg.Pool): void {
  pool.on("connect", (client) => connectionsByServerPid.set(serverPid(client), client));
  pool.on("remove", (client) => connectionsByServerPid.delete(serverPid(client)));
}

/** The pg connection under a Prisma interactive transaction. Do not use `tx` while using it. */
export async function transactionConnection(tx: Prisma.TransactionClient): Promise<pg.ClientBase> {
  const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const connection = connectionsByServerPid.get(pid);
  if (!connection) throw new Error(`No pool connection is registered for server process ${pid}.`);
  return connection;
}

function serverPid(client: pg.ClientBase): number {
  // Set from the server's BackendKeyData message, which arrives before the pool reports the connection.
  return (client as pg.ClientBase & { processID: number }).processID;
}
