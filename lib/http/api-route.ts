import "server-only";
import { z } from "zod";
import { checkRole, type SessionUser } from "../auth/guard.ts";
import type { Role } from "../auth/roles.ts";

/** The one error shape every route handler answers with. */
export function apiError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

const DENIED = {
  401: ["unauthenticated", "Sign in to continue."],
  403: ["forbidden", "Your role does not allow this."],
} as const;

/**
 * Wraps a route handler with the session and role check, and turns invalid input into a 400 that
 * names the fields. Every route handler except the health probe goes through it.
 */
export function withRole<Context>(
  roles: readonly Role[],
  handler: (request: Request, context: Context, user: SessionUser) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const access = await checkRole(roles);
    if (!access.ok) {
      const [code, message] = DENIED[access.status];
      return apiError(access.status, code, message);
    }
    try {
      return await handler(request, context, access.user);
    } catch (error) {
      if (error instanceof z.ZodError) return apiError(400, "invalid_input", z.prettifyError(error));
      throw error;
    }
  };
}
