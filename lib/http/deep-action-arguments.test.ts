import { describe, expect, it } from "vitest";
import { hasTooDeepActionArguments, MAX_ACTION_NESTING } from "./deep-action-arguments.ts";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const call = (body: BodyInit, headers: Record<string, string> = { "Content-Type": "text/plain;charset=UTF-8" }) =>
  new Request("http://localhost/tagging/x", { method: "POST", headers: { "Next-Action": "abc", ...headers }, body });

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe("hasTooDeepActionArguments", () => {
  it("refuses an action's JSON arguments nested past the limit, plain or in a multipart reply row", async () => {
    expect(await hasTooDeepActionArguments(call(`[${nested(MAX_ACTION_NESTING)}]`))).toBe(true);
    expect(await hasTooDeepActionArguments(call(multipart({ "0": `[${nested(5_000)},"$K1"]` }), {}))).toBe(true);
  });

  it("lets through ordinary calls, form text full of brackets, and requests that are no action call", async () => {
    expect(await hasTooDeepActionArguments(call(JSON.stringify([{ a: [{ b: [1] }] }, "x"])))).toBe(false);
    const text = multipart({ "0": '[{},"$K1"]', _1_text: "[".repeat(10_000) });
    expect(await hasTooDeepActionArguments(call(text, {}))).toBe(false);
    const plainPost = new Request("http://localhost/login", { method: "POST", body: nested(10_000) });
    expect(await hasTooDeepActionArguments(plainPost)).toBe(false);
  });
});
