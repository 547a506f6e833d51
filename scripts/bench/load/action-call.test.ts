import { describe, expect, it } from "vitest";
import { actionHeaders, encodeActionArguments, readActionResult, taggingRouterState } from "./action-call.ts";

describe("encodeActionArguments", () => {
  it("writes plain arguments as JSON, escaping strings that start with $ as React's encodeReply does", () => {
    expect(encodeActionArguments(["a1", 2, { text: "$5 rise", actorId: null }])).toBe(
      '["a1",2,{"text":"$$5 rise","actorId":null}]',
    );
  });
});

describe("readActionResult", () => {
  it("reads the row that row 0 points to", () => {
    const payload =
      '0:{"a":"$@1","f":"","b":"build-1","q":"","i":false}\n1:{"ok":true,"value":{"id":"t1","revision":1}}\n';
    expect(readActionResult(payload)).toEqual({ ok: true, value: { id: "t1", revision: 1 } });
  });

  it("skips text rows by their byte length, which may hold newlines and non-ASCII text", () => {
    const text = "line one\nlíne “two”";
    const length = Buffer.byteLength(text).toString(16);
    const payload = `0:{"a":"$@2"}\n1:T${length},${text}2:{"ok":false,"error":"Refused."}\n`;
    expect(readActionResult(payload)).toEqual({ ok: false, error: "Refused." });
  });

  it("throws on an error row or a payload that is no action's answer", () => {
    expect(() => readActionResult('0:{"a":"$@1"}\n1:E{"digest":"123"}\n')).toThrow(/The action threw/);
    expect(() => readActionResult("<!DOCTYPE html><html></html>")).toThrow(/Not a server action's answer/);
  });
});

describe("actionHeaders", () => {
  it("sends the router state Chromium sent with a tag save on /tagging/<id>", () => {
    // Copied from Chromium 156's request to the production build (Next 16.4), article id and all.
    const captured =
      "%5B%22%22%2C%7B%22children%22%3A%5B%22(app)%22%2C%7B%22children%22%3A%5B%22tagging%22%2C%7B%22children%22%3A%5B%5B%22articleId%22%2C%2200000000-0000-4000-8005-000000000000%22%2C%22d%22%2Cnull%5D%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2Cnull%2C0%5D%7D%2Cnull%2Cnull%2C4%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C8%5D%7D%2Cnull%2Cnull%2C24%5D";
    const state = taggingRouterState("00000000-0000-4000-8005-000000000000");
    const headers = actionHeaders("401a", state, "http://localhost:3621", "next-auth.session-token=x");
    expect(headers["next-router-state-tree"]).toBe(captured);
    expect(headers).toMatchObject({ accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" });
  });
});
