// Which Chromium the end-to-end tests drive. Playwright never downloads a browser here; in this order:
//   1. CHROMIUM_PATH, when set (and not empty);
//   2. a system browser: /usr/bin/chromium, chromium-browser, google-chrome (skipped with FRAMEWISE_BROWSER=packaged);
//   3. the Chromium inside the npm package @sparticuz/chromium (a devDependency), unpacked to /tmp/chromium.
// Resolved once per run: the first process (`npm test`, or Playwright's runner for `npx playwright test`) hands
// its choice to the processes it starts (Playwright's workers) in FRAMEWISE_E2E_CHROMIUM.
import { execFileSync } from "node:child_process";
import { accessSync, constants, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

const PACKAGE = "@sparticuz/chromium";
const HANDOFF = "FRAMEWISE_E2E_CHROMIUM";

export interface Chromium {
  path: string;
  /** Says which browser this is, for `npm test`'s output. */
  description: string;
  /** Extra environment for the browser process (the packaged browser's fonts, and libraries if needed). */
  env?: Record<string, string>;
}

export const HOW_TO_GET_CHROMIUM = [
  "The end-to-end tests need Chromium. They look for, in this order: CHROMIUM_PATH, a system browser",
  `(${SYSTEM_CHROMIUMS.join(", ")}), then the Chromium in the npm package ${PACKAGE} (Linux x64).`,
  "  npm install                  installs that package (it is a devDependency)",
  "  Debian/Ubuntu:               sudo apt-get update && sudo apt-get install -y chromium",
  "  macOS: install Google Chrome or Chromium, then set CHROMIUM_PATH to its binary,",
  '         e.g. CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium" npm test',
].join("\n");

/** A browser could not be found: the message says why, then how to get one. */
export class ChromiumNotFound extends Error {
  constructor(why: string) {
    super(`${why}\n${HOW_TO_GET_CHROMIUM}`);
  }
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export type Choice = { kind: "binary"; path: string; description: string } | { kind: "packaged"; reason: string };

/** Steps 1 and 2 of the order above; "packaged" means step 3. Throws when CHROMIUM_PATH names no executable. */
export function chooseChromium(
  env: Record<string, string | undefined>,
  isExecutable: (path: string) => boolean = isExecutableFile,
): Choice {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!isExecutable(override)) throw new ChromiumNotFound(`CHROMIUM_PATH=${override} is not an executable file.`);
    return { kind: "binary", path: override, description: `${override} (CHROMIUM_PATH)` };
  }
  const wanted = env.FRAMEWISE_BROWSER ?? "";
  if (wanted !== "" && wanted !== "packaged")
    throw new ChromiumNotFound(`FRAMEWISE_BROWSER=${wanted}: the only value is "packaged" (skip system browsers).`);
  if (wanted === "packaged") return { kind: "packaged", reason: "FRAMEWISE_BROWSER=packaged" };
  const system = SYSTEM_CHROMIUMS.find((path) => isExecutable(path));
  if (system) return { kind: "binary", path: system, description: `the system browser ${system}` };
  return { kind: "packaged", reason: "no system browser found" };
}

function nodeScript(script: string, args: string[]): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

function version(path: string, env: Record<string, string>): string | null {
  try {
    return execFileSync(path, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
      timeout: 60_000,
    }).trim();
  } catch {
    return null;
  }
}

/** Step 3: unpacks the package's Chromium (once per machine; later runs reuse /tmp/chromium) and checks it starts. */
function unpackPackaged(reason: string): Chromium {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    throw new ChromiumNotFound(`No browser: ${reason}, and ${PACKAGE} is not installed.`);
  }
  const packageVersion = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")).version;
  const entryUrl = pathToFileURL(entry).href;
  const unpack = () =>
    nodeScript(
      "const [m] = process.argv.slice(1); process.stdout.write(await (await import(m)).default.executablePath());",
      [entryUrl],
    );
  // The browser uses the system's NSS libraries where they exist (as with Debian's chromium); a machine without
  // them gets the copies the package carries for Amazon Linux 2023 (they need glibc 2.34+).
  const bundledLibraries = () =>
    join(
      nodeScript(
        "const [m, archive] = process.argv.slice(1); process.stdout.write(await (await import(m)).inflate(archive));",
        [entryUrl, join(dirname(entry), "..", "bin", "al2023.tar.br")],
      ),
      "lib",
    );
  const fonts = { FONTCONFIG_PATH: join(tmpdir(), "fonts") }; // Open Sans, unpacked with the browser
  for (const attempt of [1, 2]) {
    const path = unpack();
    let env: Record<string, string> = fonts;
    let browserVersion = version(path, env);
    if (!browserVersion) {
      const libraries = bundledLibraries();
      env = { ...fonts, LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") };
      browserVersion = version(path, env);
    }
    if (browserVersion)
      return {
        path,
        env,
        description: `${browserVersion} from the npm package ${PACKAGE} ${packageVersion}, unpacked to ${path} (${reason})`,
      };
    // The package reuses whatever is at /tmp/chromium: an unpacking cut short leaves a broken file. Unpack anew once.
    if (attempt === 1) rmSync(path, { force: true });
    else
      throw new ChromiumNotFound(
        `No browser: ${reason}, and the Chromium from ${PACKAGE} (${path}) does not start here.`,
      );
  }
  throw new Error("unreachable");
}

let resolved: Chromium | undefined;

/** The browser for this run; `fresh` is true in the process that chose it (which should say so). */
export function e2eChromium(): { chromium: Chromium; fresh: boolean } {
  const handedOff = process.env[HANDOFF];
  if (resolved || handedOff) return { chromium: (resolved ??= JSON.parse(handedOff!) as Chromium), fresh: false };
  const choice = chooseChromium(process.env);
  resolved =
    choice.kind === "binary" ? { path: choice.path, description: choice.description } : unpackPackaged(choice.reason);
  process.env[HANDOFF] = JSON.stringify(resolved);
  return { chromium: resolved, fresh: true };
}
