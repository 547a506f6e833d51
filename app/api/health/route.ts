import { isDatabaseReachable } from "@/lib/db/health";

// Public on purpose: load balancers probe it without a session. It reveals only up or down.
export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json({ status: database ? "ok" : "unavailable" }, { status: database ? 200 : 503 });
}
