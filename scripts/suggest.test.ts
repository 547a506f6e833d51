import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Runs the CLI with stdout and stderr as pipes (where writes are asynchronous) and reads both to the end. */
function run(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/suggest.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code }),
    );
  });
}

const workDir = mkdtempSync(path.join(tmpdir(), "framewise-suggest-cli-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(workDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

type Span = { start: number; end: number; text: string };
interface Line {
  file: string;
  suggestions: Array<Span & Record<string, unknown>>;
}

const QUOTE = `"We will not negotiate while the shelling goes on," Hamas said in a statement on Thursday.`;
const BODY = `Rafah talks stall\n\n${QUOTE} The terror group, according to local media, withdrew its delegation.`;

// Each test starts the CLI through npx and tsx, which takes seconds on a busy machine.
describe("npm run -s suggest -- <files> --json", { timeout: 60_000 }, () => {
  it("prints one NDJSON line per file in input order, a folder as its .txt files sorted by name, logs on stderr", async () => {
    const first = write("z-first.txt", BODY);
    write("folder/b.txt", "Officials said the border would reopen on Monday.");
    write("folder/a.txt", QUOTE);
    write("folder/notes.md", "Ignored: not a .txt file.");
    const { stdout, stderr, code } = await run([first, path.join(workDir, "folder"), "--json"]);
    expect(code).toBe(0);
    expect(stdout.endsWith("\n")).toBe(true);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => path.relative(workDir, line.file))).toEqual([
      "z-first.txt",
      "folder/a.txt",
      "folder/b.txt",
    ]);
    expect(stderr).toMatch(/suggestions for 3 files/);
    expect(stdout).not.toMatch(/suggestions for/);
  });

  it("gives every suggestion its kind, category, offsets and text, and the attribution fields", async () => {
    const { stdout } = await run([write("shape.txt", BODY), "--json"]);
    const [line] = stdout
      .trimEnd()
      .split("\n")
      .map((text) => JSON.parse(text) as Line);
    const quote = line.suggestions.find(
      (s) => s.kind === "attribution" && s.text === QUOTE.slice(0, QUOTE.indexOf(" Hamas")),
    );
    expect(quote).toMatchObject({
      kind: "attribution",
      category: "attribution.reported_speech",
      form: "direct",
      anonymous: false,
      speaker: { text: "Hamas" },
      cue: { text: "said" },
      verb: "say",
      verbClass: "neutral",
      rule: "quote.cue-after",
    });
    const local = line.suggestions.find((s) => s.kind === "attribution" && s.anonymous === true);
    expect(local).toMatchObject({ form: "indirect", speaker: { text: "local media" } });
    for (const suggestion of line.suggestions) {
      expect(["attribution", "naming", "loaded_language"]).toContain(suggestion.kind);
      expect(typeof suggestion.category).toBe("string");
      if (suggestion.kind === "attribution") expect(suggestion).toHaveProperty("speaker");
      else expect(suggestion).toHaveProperty("target");
    }
  });

  it("drops a byte-order mark and counts offsets in UTF-16 code units, astral characters included", async () => {
    const text = `🔥🚒 𝐔𝐏𝐃𝐀𝐓𝐄 — ${BODY}`;
    const file = write("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    const { stdout } = await run([file, "--json"]);
    const [line] = stdout
      .trimEnd()
      .split("\n")
      .map((json) => JSON.parse(json) as Line);
    expect(line.suggestions.length).toBeGreaterThan(2);
    for (const suggestion of line.suggestions) {
      const spans = [suggestion, ...(["parts"] as const).flatMap((key) => (suggestion[key] as Span[]) ?? [])];
      for (const key of ["speaker", "speakerMention", "cue", "target"])
        if (suggestion[key]) spans.push(suggestion[key] as Span);
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("fails with a message on stderr and nothing on stdout for a missing file", async () => {
    const { stdout, stderr, code } = await run([path.join(workDir, "missing.txt"), "--json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/missing\.txt/);
  });
});
