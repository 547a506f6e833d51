// Creates an admin account: the way the first user of a production deployment is made.
//   npm run create-admin -- --email you@example.org --name "Your Name"
// The password is read from FRAMEWISE_ADMIN_PASSWORD, from piped stdin, or asked for without echo.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db/database.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { createUser } from "../lib/users/queries.ts";
import { newUserSchema } from "../lib/users/schemas.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const password = process.env.FRAMEWISE_ADMIN_PASSWORD ?? (await readPassword());
  const input = newUserSchema.safeParse({ ...values, role: "ADMIN", password });
  if (!input.success) {
    const problems = input.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Cannot create the admin:\n${problems.join("\n")}`);
  }
  const database = await openDatabase();
  try {
    await prepareDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    const user = await createUser(input.data, null);
    console.log(`Created admin ${user.email}. Sign in at /login.`);
  } finally {
    await database.close();
  }
}

async function readPassword(): Promise<string> {
  const terminal = process.stdin.isTTY;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal });
  if (terminal) {
    process.stdout.write("Password for the new admin (12+ characters): ");
    // Keep typed characters off the screen.
    (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => {
    prompt.once("line", resolve);
    prompt.once("close", () => resolve(""));
  });
  prompt.close();
  if (terminal) process.stdout.write("\n");
  return line;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/Unique constraint|P2002/.test(message) ? "A user with that email already exists." : message);
    process.exit(1);
  },
);
