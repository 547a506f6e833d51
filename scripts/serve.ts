// `npm run dev` / `npm start`: opens the database (embedded Postgres unless DATABASE_URL is set),
// applies migrations, loads demo data in demo mode, then runs Next with the right environment.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolveSessionSecret } from "../lib/auth/secret.ts";
import { dataDirectory, openDatabase } from "../lib/db/database.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { seedDemoData } from "../prisma/seed/seed-demo.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";

const mode = process.argv[2] === "start" ? "start" : "dev";
if (existsSync(".env")) process.loadEnvFile(".env");

async function main(): Promise<number> {
  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    throw new Error("No production build found. Run `npm run build` first, then `npm start`.");
  }
  const port = process.env.PORT ?? "3000";
  const database = await openDatabase();
  const demo = database.embedded || process.env.FRAMEWISE_DEMO === "1";
  const production = process.env.NODE_ENV === "production" && !database.embedded;
  try {
    const prepared = await prepareDatabase(database.url, demo ? seedDemoData : undefined);
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: resolveSessionSecret({ production, dataDir: dataDirectory() }),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    };
    printStartBanner({ port, embedded: database.embedded, demo, ...prepared });
    return await runNext(["scripts/next-server.ts", mode, port], {
      ...env,
      NODE_ENV: mode === "start" ? "production" : "development",
    });
  } finally {
    await database.close();
  }
}

function printStartBanner(info: {
  port: string;
  embedded: boolean;
  demo: boolean;
  appliedMigrations: string[];
  userCount: number;
}) {
  const lines = [
    `Framewise on http://localhost:${info.port}`,
    `Database: ${info.embedded ? `embedded Postgres (data in ${dataDirectory()})` : "DATABASE_URL"}`,
    info.appliedMigrations.length
      ? `Migrations applied: ${info.appliedMigrations.join(", ")}`
      : "Migrations: up to date",
  ];
  if (info.demo) {
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`  ${user.role.padEnd(8)} ${user.email}`);
  } else if (info.userCount === 0) {
    lines.push(
      'No users yet: create the first admin with `npm run create-admin -- --email you@example.org --name "Your Name"`.',
    );
  }
  console.log(`\n${lines.join("\n")}\n`);
}

// Node itself, not `npx tsx`: npm's exec wrapper did not pass SIGTERM on, and the server outlived its database.
function runNext(script: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, ["--import", "tsx", ...script], { env, stdio: "inherit" });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nFramewise could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
