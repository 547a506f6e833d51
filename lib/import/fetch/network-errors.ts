/** Turns a Node network error into a sentence a reviewer can act on. */
export function describeNetworkError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ECONNREFUSED") return "The site refused the connection. Check the address, or try again later.";
  if (code === "ECONNRESET" || code === "EPIPE")
    return "The site closed the connection while sending the page. Try again later.";
  if (code === "ENETUNREACH" || code === "EHOSTUNREACH" || code === "EAI_AGAIN")
    return "The site could not be reached from this server. Try again later.";
  if (
    code === "ERR_TLS_CERT_ALTNAME_INVALID" ||
    code.startsWith("CERT_") ||
    code.includes("CERTIFICATE") ||
    code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
  ) {
    return "The site's security certificate is not valid, so the page was not fetched. Ask the site owner, or paste the article instead.";
  }
  if (code === "HPE_HEADER_OVERFLOW" || code.startsWith("HPE_"))
    return "The site sent a malformed answer. Paste the article instead.";
  return `The page could not be fetched (${code || (error instanceof Error ? error.message : "unknown error")}). Try again later.`;
}

/** A status the reviewer can understand, for answers other than success and redirects. */
export function describeStatus(status: number, statusText: string | undefined): string {
  const label = `HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (status === 401 || status === 403)
    return `The site refused access (${label}); the page may need a login or may block automated requests. Paste the article instead.`;
  if (status === 404 || status === 410) return `The site has no page at this address (${label}). Check the address.`;
  if (status === 429) return `The site asked us to slow down (${label}). Try again later.`;
  if (status >= 500) return `The site had an error (${label}). Try again later.`;
  return `The site answered ${label} instead of the page.`;
}
