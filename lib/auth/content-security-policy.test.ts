import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy.ts";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the response's nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins, foreign form targets and base changes", () => {
    const policy = contentSecurityPolicy("n", false);
    for (const expected of ["frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'"])
      expect(policy).toContain(expected);
  });

  it("allows eval only for the development server", () => {
    expect(directive(contentSecurityPolicy("n", true), "script-src")).toContain("'unsafe-eval'");
  });
});
