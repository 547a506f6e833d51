/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeReturnPath(value: string | undefined | null, fallback = "/events"): string {
  if (!value) return fallback;
  try {
    const url = new URL(value, "http://framewise.local");
    if (url.origin !== "http://framewise.local" || url.pathname.startsWith("/login")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
