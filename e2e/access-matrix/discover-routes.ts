import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * Every page and every exported method of every route handler under `app/`, as the matrix names them:
 * `PAGE /events/[eventId]`, `GET /api/imports/[batchId]`. Route groups `(name)` are not part of the address.
 */
export function discoverRoutes(appDir = "app"): string[] {
  const files = readdirSync(appDir, { recursive: true, encoding: "utf8" });
  const routes = files.flatMap((file) => {
    const base = path.basename(file);
    if (base === "page.tsx") return [`PAGE ${addressOf(path.dirname(file))}`];
    if (base === "route.ts") {
      const source = readFileSync(path.join(appDir, file), "utf8");
      return exportedMethods(source).map((method) => `${method} ${addressOf(path.dirname(file))}`);
    }
    return [];
  });
  return routes.sort();
}

function addressOf(dir: string): string {
  const segments = dir.split(path.sep).filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** `export const GET = …`, `export async function POST(…)` and `export { handler as GET }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const method of HTTP_METHODS) {
    const declared = new RegExp(`export\\s+(?:const|let|(?:async\\s+)?function)\\s+${method}\\b`);
    const reexported = new RegExp(
      `export\\s*\\{[^}]*\\bas\\s+${method}\\b[^}]*\\}|export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`,
    );
    if (declared.test(source) || reexported.test(source)) found.add(method);
  }
  return [...found];
}
