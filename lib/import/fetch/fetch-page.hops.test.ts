import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyAddress, type AddressVerdict } from "./address-policy.ts";
import { fetchPage, USER_AGENT } from "./fetch-page.ts";

/** Treats the test server's loopback address as public, so the checks of every other hop stay real. */
function publicLoopback(address: string): AddressVerdict {
  return address === "127.0.0.1" ? { allowed: true } : classifyAddress(address);
}

let server: Server;
let port: number;
let lastHeaders: IncomingHttpHeaders = {};

const html = { "Content-Type": "text/html; charset=utf-8" };

beforeAll(async () => {
  server = createServer((request, response) => {
    lastHeaders = request.headers;
    const routes: Record<string, () => void> = {
      "/page": () => response.writeHead(200, html).end("<p>page</p>"),
      "/to-metadata": () => response.writeHead(301, { Location: "http://169.254.169.254/latest/meta-data/" }).end(),
      "/to-internal": () => response.writeHead(302, { Location: `http://internal.test:${port}/page` }).end(),
      "/to-ipv6-loopback": () => response.writeHead(307, { Location: `http://[::1]:${port}/page` }).end(),
      "/to-ftp": () => response.writeHead(302, { Location: "ftp://example.org/file" }).end(),
      "/to-page": () => response.writeHead(308, { Location: "/page" }).end(),
      "/bomb": () =>
        response.writeHead(200, { ...html, "Content-Encoding": "gzip" }).end(gzipSync(Buffer.alloc(4 * 1024 * 1024))),
      "/declared-huge": () => response.writeHead(200, { ...html, "Content-Length": String(64 * 1024 * 1024) }).end(),
      "/brotli": () =>
        response.writeHead(200, { ...html, "Content-Encoding": "br" }).end(brotliCompressSync("<p>br</p>")),
      "/deflate": () =>
        response.writeHead(200, { ...html, "Content-Encoding": "deflate" }).end(deflateSync("<p>deflate</p>")),
      "/no-type": () => response.writeHead(200).end("?"),
    };
    (routes[request.url ?? ""] ?? (() => response.writeHead(404).end()))();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("fetchPage redirects", () => {
  it("re-vets every hop: a public page redirecting to the cloud metadata address is refused", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/to-metadata`, {}, publicLoopback);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("link-local address") });
    expect(result.ok || result.reason).toContain("(169.254.169.254)");
  });

  it("re-resolves the redirect's host and refuses a name that points into a private network", async () => {
    const resolve = async (hostname: string) => (hostname === "internal.test" ? ["10.0.0.5"] : []);
    const result = await fetchPage(`http://127.0.0.1:${port}/to-internal`, { resolve }, publicLoopback);
    expect(result).toEqual({
      ok: false,
      reason: "The address resolves to a private network (10.0.0.5); only an admin can import from there.",
    });
  });

  it("refuses a redirect to another loopback address", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/to-ipv6-loopback`, {}, publicLoopback);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("loopback") });
  });

  it("refuses a redirect to another scheme", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/to-ftp`, {}, publicLoopback);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("not ftp") });
  });

  it("follows a relative redirect and reports where it ended", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/to-page`, {}, publicLoopback);
    expect(result).toMatchObject({ ok: true, finalUrl: `http://127.0.0.1:${port}/page` });
  });
});

describe("fetchPage connections", () => {
  it("connects to the vetted address, resolving once, while Host names the site", async () => {
    let lookups = 0;
    const resolve = async () => {
      lookups += 1;
      return ["127.0.0.1"];
    };
    const result = await fetchPage(`http://news.test:${port}/page`, { resolve }, publicLoopback);
    expect(result).toMatchObject({ ok: true, finalUrl: `http://news.test:${port}/page` });
    expect(lookups).toBe(1);
    expect(lastHeaders.host).toBe(`news.test:${port}`);
  });

  it("sends a descriptive User-Agent and asks for compressed pages", async () => {
    await fetchPage(`http://127.0.0.1:${port}/page`, { allowPrivateNetwork: true });
    expect(lastHeaders["user-agent"]).toBe(USER_AGENT);
    expect(lastHeaders["user-agent"]).toBe("FramewiseBot/1.0 (+https://github.com/framewise)");
    expect(lastHeaders["accept-encoding"]).toContain("br");
  });

  it.each([
    ["/brotli", "<p>br</p>"],
    ["/deflate", "<p>deflate</p>"],
  ])("decompresses %s", async (path, expected) => {
    const result = await fetchPage(`http://127.0.0.1:${port}${path}`, { allowPrivateNetwork: true });
    expect(result.ok && text(result.bytes)).toBe(expected);
  });

  it("caps the decompressed size too, so a small compressed bomb is stopped", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/bomb`, {
      allowPrivateNetwork: true,
      maxBytes: 1024 * 1024,
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("larger than 1 MiB") });
  });

  it("refuses a declared size over the cap before reading it", async () => {
    const result = await fetchPage(`http://127.0.0.1:${port}/declared-huge`, { allowPrivateNetwork: true });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("larger than 5 MiB") });
  });

  it("names a missing content type, and lets 'any' through", async () => {
    const refused = await fetchPage(`http://127.0.0.1:${port}/no-type`, { allowPrivateNetwork: true });
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining("no declared type") });
    expect(
      await fetchPage(`http://127.0.0.1:${port}/no-type`, { allowPrivateNetwork: true, accept: "any" }),
    ).toMatchObject({ ok: true });
  });

  it("explains a name that does not resolve", async () => {
    const resolve = async (): Promise<string[]> => {
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    const result = await fetchPage("https://no-such-site.test/", { resolve });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("could not be found") });
  });

  it.each(["http://localhost/", "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://[fd00::1]/"])(
    "refuses %s without the admin permission",
    async (url) => {
      const result = await fetchPage(url);
      expect(result).toEqual({ ok: false, reason: expect.stringContaining("only an admin can import from there") });
    },
  );
});
