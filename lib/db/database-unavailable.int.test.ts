import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "./client.ts";
import { isDatabaseUnavailable } from "./database-unavailable.ts";

// What Prisma, its Postgres adapter and pg really throw when the database cannot be reached or drops the
// connection, against refusals that must not be retried.
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

/** A port the system just handed out and took back: nothing listens there. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const nowhere = createPrismaClient((process.env.DATABASE_URL ?? "").replace(/:(\d+)\//, `:${await closedPort()}/`));
afterAll(() => nowhere.$disconnect());

describe("isDatabaseUnavailable", () => {
  it("recognises a database that refuses connections", async () => {
    const error = await failure(nowhere.$queryRaw`SELECT 1`);
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(await failure(nowhere.user.findFirst()))).toBe(true);
    expect(isDatabaseUnavailable(await failure(nowhere.$transaction(async (tx) => tx.user.count())))).toBe(true);
  });

  it("recognises a connection the server ended in the middle of a transaction", async () => {
    const error = await failure(
      db().$transaction(async (tx) => {
        const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        // As a restart or a crash of Postgres would: the server ends this transaction's connection.
        // With a timeout, the call returns once the connection is gone, so the next query meets a closed one.
        await db().$queryRaw`SELECT pg_terminate_backend(${pid}::int, 10000)`;
        await tx.$queryRaw`SELECT 1`;
      }),
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("does not take a refusal for an outage", async () => {
    expect(isDatabaseUnavailable(await failure(db().$queryRaw`SELECT 1/0`))).toBe(false);
    expect(isDatabaseUnavailable(new Error("This tag is not yours to change."))).toBe(false);
    expect(isDatabaseUnavailable(await failure(db().user.findUniqueOrThrow({ where: { email: "nobody@x" } })))).toBe(
      false,
    );
  });
});
