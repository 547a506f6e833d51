import type { IncomingMessage } from "node:http";
import { classifyAddress } from "./address-policy.ts";
import { ACCEPT_HEADERS, parseContentType, refuseContentType, type AcceptedContent } from "./content-type.ts";
import { requestHop } from "./http-hop.ts";
import { describeNetworkError, describeStatus } from "./network-errors.ts";
import { readBody } from "./read-body.ts";
import { systemResolver, vetHost, type AddressClassifier, type HostPolicy, type Resolver } from "./resolve-host.ts";

export interface FetchPageOptions {
  /** Lets an admin import from loopback and private networks (an intranet CMS); off for everyone else. */
  allowPrivateNetwork?: boolean;
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  /** Cap on the body, compressed and decompressed alike. */
  maxBytes?: number;
  maxRedirects?: number;
  accept?: AcceptedContent;
  /** Resolves a host name to all its addresses; the system resolver unless a test supplies a fixed table. */
  resolve?: Resolver;
}

export type FetchPageResult =
  | { ok: true; finalUrl: string; contentType: string; charset: string | null; bytes: Uint8Array }
  | { ok: false; reason: string };

export const USER_AGENT = "FramewiseBot/1.0 (+https://github.com/framewise)";

type Settings = Required<Omit<FetchPageOptions, "resolve">>;

const DEFAULTS: Settings = {
  allowPrivateNetwork: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  accept: "html",
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function failure(reason: string): FetchPageResult {
  return { ok: false, reason };
}

function formatBytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return mebibytes >= 1 ? `${Number(mebibytes.toFixed(1))} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/** Only plain http(s) addresses without credentials; anything else would reach places a page import must not. */
function parseHttpUrl(address: string, base?: URL): URL | string {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return `"${address}" is not a web address. Use a full address like https://example.org/story.`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `Only http and https addresses can be imported, not ${url.protocol.replace(/:$/, "")}.`;
  if (url.username || url.password)
    return "Addresses with a user name or password cannot be imported. Remove them from the address.";
  return url;
}

async function finish(response: IncomingMessage, url: URL, settings: Settings): Promise<FetchPageResult> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    return failure(describeStatus(status, response.statusMessage));
  }
  const { mimeType, charset } = parseContentType(response.headers["content-type"]);
  const refusal = refuseContentType(mimeType, settings.accept);
  const tooLarge = `The page is larger than ${formatBytes(settings.maxBytes)}, so the download was stopped. Paste the article text instead.`;
  if (refusal || Number(response.headers["content-length"] ?? 0) > settings.maxBytes) {
    response.destroy();
    return failure(refusal ?? tooLarge);
  }
  const body = await readBody(response, settings.maxBytes);
  if (!body.ok) return failure(body.tooLarge ? tooLarge : body.reason);
  return { ok: true, finalUrl: url.href, contentType: mimeType, charset, bytes: body.bytes };
}

/** Follows redirects by hand so every hop's host is vetted again before anything connects to it. */
async function followRedirects(
  start: URL,
  settings: Settings,
  policy: HostPolicy,
  signal: AbortSignal,
): Promise<FetchPageResult> {
  const headers = {
    "User-Agent": USER_AGENT,
    Accept: ACCEPT_HEADERS[settings.accept],
    "Accept-Encoding": "gzip, deflate, br",
  };
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const vetted = await vetHost(url.hostname, policy);
    if (!vetted.ok) return failure(vetted.reason);
    const response = await requestHop({ url, address: vetted.address, headers, signal });
    if (!REDIRECT_STATUSES.has(response.statusCode ?? 0)) return finish(response, url, settings);
    response.destroy();
    if (redirects >= settings.maxRedirects)
      return failure(
        `The address redirected more than ${settings.maxRedirects} times. Open it in a browser and import the address it ends at.`,
      );
    const location = response.headers.location;
    if (!location)
      return failure(
        "The site redirected without saying where to. Open the address in a browser and import the address it ends at.",
      );
    const next = parseHttpUrl(location, url);
    if (typeof next === "string") return failure(`The site redirected to an address that cannot be imported: ${next}`);
    url = next;
  }
}

/**
 * Fetches a page for import without letting the URL reach anything private: only http(s), every hop's
 * addresses vetted (no loopback, private, link-local, multicast… unless an admin allows private networks),
 * connections pinned to the vetted address, redirects followed by hand, one overall timeout, a size cap and
 * a content-type check. Failures come back as sentences the reviewer can act on, never as exceptions.
 * `classify` decides which addresses count as public; tests pass one that admits their loopback server.
 */
export async function fetchPage(
  url: string,
  options: FetchPageOptions = {},
  classify: AddressClassifier = classifyAddress,
): Promise<FetchPageResult> {
  const { resolve = systemResolver, ...overrides } = options;
  const settings: Settings = { ...DEFAULTS, ...overrides };
  const start = parseHttpUrl(url);
  if (typeof start === "string") return failure(start);
  const policy: HostPolicy = { resolve, classify, allowPrivateNetwork: settings.allowPrivateNetwork };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<FetchPageResult>((settle) => {
    timer = setTimeout(() => {
      controller.abort();
      settle(failure(`The site did not answer within ${settings.timeoutMs / 1000} seconds. Try again later.`));
    }, settings.timeoutMs);
  });
  const fetched = followRedirects(start, settings, policy, controller.signal).catch((error: unknown) =>
    failure(describeNetworkError(error)),
  );
  try {
    return await Promise.race([fetched, timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
