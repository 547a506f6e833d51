// The driver adapter's names for a database that cannot be reached or went away mid-request.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma's codes for the same: cannot reach, timed out, closed the connection, no pool connection in time,
// too many connections; P2028 is a transaction the client gave up on (its connection died under it).
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down, crashed, starting up), 53300 (too many).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
// pg's own words: "Connection terminated unexpectedly", "Client has encountered a connection error and is not
// queryable" (a transaction's connection that died under it), and the server's while it stops or starts.
const UNREACHABLE_MESSAGE =
  /Connection terminated|is not queryable|Can't reach database server|server closed the connection|connection (is )?closed|the database system is (starting up|shutting down)|terminating connection/i;

/**
 * Whether an error means the database could not be reached or dropped the connection, as opposed to
 * refusing the request: the write did not happen, or its outcome is unknown, and trying again later is the
 * right answer. Looks through the wrappers Prisma and its Postgres adapter put around the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const { code, kind, message, cause, meta, originalCode } = error as Record<string, unknown>;
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  if (typeof code === "string" && (UNREACHABLE_PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if ([code, originalCode].some((value) => typeof value === "string" && UNAVAILABLE_SQLSTATE.test(value))) return true;
  if (typeof message === "string" && UNREACHABLE_MESSAGE.test(message)) return true;
  const driverError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return [cause, driverError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
