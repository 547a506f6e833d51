import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { isPublicAddress } from "./address-policy.ts";

export type Resolver = (hostname: string) => Promise<string[]>;

export interface FetchOptions {
  /** Admins may import from an intranet; everyone else is kept off private networks. */
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: "html" | "feed" | "any";
  resolve?: Resolver;
}

export type FetchResult =
  | { ok: true; finalUrl: string; contentType: string; charset: string | null; bytes: Uint8Array }
  | { ok: false; reason: string };

const USER_AGENT = "FramewiseBot/1.0 (+https://github.com/framewise)";
const ACCEPTED_TYPES = {
  html: ["text/html", "application/xhtml+xml"],
  feed: [
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
  ],
  any: [],
} as const;

class FetchRefused extends Error {}

const resolveAll: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Fetches a page for import without letting the server be used to probe the internal network: every
 * hop's host is resolved and vetted, and the connection is pinned to the vetted address (no second
 * DNS answer can swap in a private one). Redirects, size and time are capped.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings = {
    allowPrivateNetwork: false,
    timeoutMs: 15_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    accept: "any" as const,
    resolve: resolveAll,
    ...options,
  };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), settings.timeoutMs);
  try {
    return await followRedirects(url, settings, abort.signal);
  } catch (error) {
    if (abort.signal.aborted)
      return {
        ok: false,
        reason: `The site did not answer within ${settings.timeoutMs / 1000} seconds. Try again later, or save the page and upload the file.`,
      };
    if (error instanceof FetchRefused) return { ok: false, reason: error.message };
    return {
      ok: false,
      reason: `The page could not be fetched (${error instanceof Error ? error.message : String(error)}). Check the address.`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  start: string,
  settings: Required<FetchOptions>,
  signal: AbortSignal,
): Promise<FetchResult> {
  let current = parseUrl(start);
  for (let hop = 0; ; hop++) {
    const address = await vettedAddress(current.hostname, settings);
    const response = await request(current, address, settings.accept, signal);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (hop >= settings.maxRedirects)
        throw new FetchRefused(
          `The page redirected more than ${settings.maxRedirects} times. Use the final address instead.`,
        );
      current = parseUrl(new URL(location, current).toString());
      continue;
    }
    if (!response.statusCode || response.statusCode >= 400) {
      response.resume();
      throw new FetchRefused(
        `The site answered HTTP ${response.statusCode}. Check that the address opens in a browser.`,
      );
    }
    const { type, charset } = parseContentType(response.headers["content-type"]);
    checkContentType(type, settings.accept);
    const bytes = await readBody(response, settings.maxBytes);
    return { ok: true, finalUrl: current.toString(), contentType: type, charset, bytes };
  }
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchRefused(`“${value}” is not a web address. Use a full address, like https://example.org/story.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefused(`Only http and https addresses can be imported, not ${url.protocol}.`);
  if (url.username || url.password)
    throw new FetchRefused("Addresses with a user name or password cannot be imported.");
  return url;
}

async function vettedAddress(hostname: string, settings: Required<FetchOptions>): Promise<string> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare) ? [bare] : await settings.resolve(bare).catch(() => []);
  if (addresses.length === 0) throw new FetchRefused(`The host ${hostname} could not be found. Check the address.`);
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused && !settings.allowPrivateNetwork) {
    throw new FetchRefused(
      `The address resolves to a private or reserved network (${refused}); only an admin can import from there.`,
    );
  }
  return addresses[0];
}

function request(
  url: URL,
  address: string,
  accept: FetchOptions["accept"],
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const family = isIP(address);
    if (options.all)
      (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    else callback(null, address, family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(url, {
      lookup: pinned,
      signal,
      headers: {
        "User-Agent": USER_AGENT,
        Accept:
          accept === "feed"
            ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
            : "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate, br",
      },
    });
    outgoing.on("response", resolve);
    outgoing.on("error", reject);
  });
}

function parseContentType(header: string | undefined): { type: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";").map((part) => part.trim());
  const charset =
    parameters
      .find((parameter) => /^charset=/i.test(parameter))
      ?.slice(8)
      .replace(/"/g, "") ?? null;
  return { type: type.toLowerCase(), charset };
}

function checkContentType(type: string, accept: FetchOptions["accept"]): void {
  const accepted: readonly string[] = ACCEPTED_TYPES[accept ?? "any"];
  if (accepted.length === 0 || accepted.includes(type)) return;
  const wanted = accept === "feed" ? "an RSS or Atom feed" : "a web page (HTML)";
  throw new FetchRefused(
    `The address serves ${type || "an unknown type"}, not ${wanted}. ${accept === "feed" ? "Check the feed's address." : "Download the file and upload it instead."}`,
  );
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchRefused(
        `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the import limit. Save the article's text and paste it instead.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
