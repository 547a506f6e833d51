import { defineConfig, devices } from "@playwright/test";
import { e2eChromium } from "./e2e/chromium.ts";

// CHROMIUM_PATH, else a system Chromium, else the one in the npm package @sparticuz/chromium (e2e/chromium.ts).
const { chromium, fresh } = e2eChromium();
if (fresh) console.log(`End-to-end tests run in ${chromium.description}.`);

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium.path,
      ...(chromium.env && { env: { ...process.env, ...chromium.env } }),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        // From @sparticuz/chromium's recommended flags, those that change nothing a test observes. Not its
        // --single-process, --disable-web-security or site-isolation switches: they would change what is tested.
        "--disable-domain-reliability",
        "--no-pings",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    // The tests play the proxy: a spec that fails sign-ins on purpose names its own client address in
    // X-Forwarded-For, so its failures never slow another spec's sign-ins (all come from loopback).
    env: { PORT: String(port), FRAMEWISE_TRUSTED_PROXIES: "127.0.0.1, ::1" },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000, // a production build on 2 busy cores can take minutes
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
  },
});
