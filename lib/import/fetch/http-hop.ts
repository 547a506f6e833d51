import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./resolve-host.ts";

/**
 * A DNS lookup that always answers with the already vetted address. The request keeps the URL's host name,
 * so TLS still sends it as SNI and verifies the certificate for it, and the Host header names it.
 */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

export interface HopRequest {
  url: URL;
  address: ResolvedAddress;
  headers: Record<string, string>;
  signal: AbortSignal;
}

/**
 * One GET request to the vetted address, resolving with the response headers (the body is left to
 * read). No shared agent: a pooled connection could belong to an address vetted for another request.
 */
export function requestHop({ url, address, headers, signal }: HopRequest): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "GET",
      headers,
      signal,
      agent: false,
      lookup: pinnedLookup(address),
    });
    request.once("response", resolve);
    request.once("error", reject);
    request.end();
  });
}
