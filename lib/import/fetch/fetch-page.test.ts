import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy.ts";
import { fetchPage } from "./fetch-page.ts";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const routes: Record<string, () => void> = {
      "/article": () =>
        response.writeHead(200, { "Content-Type": "text/html; charset=windows-1252" }).end("<h1>Story</h1>"),
      "/gzip": () =>
        response
          .writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" })
          .end(gzipSync("<p>compressed</p>")),
      "/redirect": () => response.writeHead(302, { Location: "/article" }).end(),
      "/loop": () => response.writeHead(302, { Location: "/loop" }).end(),
      "/pdf": () => response.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF"),
      "/missing": () => response.writeHead(404).end(),
      "/huge": () => response.writeHead(200, { "Content-Type": "text/html" }).end("x".repeat(2048)),
      "/slow": () => setTimeout(() => response.writeHead(200, { "Content-Type": "text/html" }).end("late"), 2000),
      "/feed": () => response.writeHead(200, { "Content-Type": "application/rss+xml" }).end("<rss/>"),
    };
    (routes[request.url ?? ""] ?? routes["/missing"])();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const local = { allowPrivateNetwork: true };

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", false],
    ["10.0.0.5", false],
    ["172.16.4.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["0.0.0.0", false],
    ["100.64.0.1", false],
    ["224.0.0.1", false],
    ["::1", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["::ffff:10.0.0.1", false],
    ["64:ff9b::a00:1", false],
    ["not an ip", false],
    ["93.184.216.34", true],
    ["2606:2800:220:1:248:1893:25c8:1946", true],
    ["::ffff:93.184.216.34", true],
  ])("%s is public: %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("fetchPage", () => {
  it("fetches a page, follows redirects and reports the final address and charset", async () => {
    const result = await fetchPage(`${base}/redirect`, { ...local, accept: "html" });
    expect(result).toMatchObject({
      ok: true,
      finalUrl: `${base}/article`,
      contentType: "text/html",
      charset: "windows-1252",
    });
    if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe("<h1>Story</h1>");
  });

  it("decompresses gzip", async () => {
    const result = await fetchPage(`${base}/gzip`, local);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe("<p>compressed</p>");
  });

  it.each([
    ["/loop", { maxRedirects: 3 }, "redirected more than 3 times"],
    ["/pdf", { accept: "html" as const }, "serves application/pdf, not a web page"],
    ["/feed", { accept: "html" as const }, "not a web page"],
    ["/missing", {}, "HTTP 404"],
    ["/huge", { maxBytes: 1024 }, "larger than"],
    ["/slow", { timeoutMs: 200 }, "did not answer within 0.2 seconds"],
  ])("refuses %s with a reason the reviewer can act on", async (path, options, reason) => {
    const result = await fetchPage(`${base}${path}`, { ...local, ...options });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it("accepts feeds when asked for one", async () => {
    expect((await fetchPage(`${base}/feed`, { ...local, accept: "feed" })).ok).toBe(true);
  });

  it.each([
    "http://127.0.0.1/",
    "http://[::1]/",
    "http://10.0.0.5/",
    "http://169.254.169.254/latest/meta-data/",
    "http://0.0.0.0/",
  ])("keeps reviewers off private networks: %s", async (url) => {
    const result = await fetchPage(url);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("only an admin can import from there") });
  });

  it("vets every address a name resolves to, so a rebinding answer cannot slip a private one in", async () => {
    const resolve = async () => ["93.184.216.34", "10.0.0.5"];
    const result = await fetchPage("http://news.example/story", { resolve });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("(10.0.0.5)") });
  });

  it("refuses other schemes and credentials in the address", async () => {
    expect(await fetchPage("file:///etc/passwd")).toEqual({
      ok: false,
      reason: expect.stringContaining("Only http and https"),
    });
    expect(await fetchPage("https://user:secret@example.org/")).toEqual({
      ok: false,
      reason: expect.stringContaining("user name or password"),
    });
  });
});
