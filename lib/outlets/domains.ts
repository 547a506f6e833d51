/** The domain an outlet is known by: the URL's host, lower-cased, without a leading "www.". */
export function outletDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    return host.replace(/^www\d?\./, "") || null;
  } catch {
    return null;
  }
}

/** A readable outlet name for a domain nobody has named yet: "harborwire.example" → "Harborwire". */
export function nameFromDomain(domain: string): string {
  const label = domain.split(".")[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The domain someone typed, as a bare host ("www.example.org") or a URL; null unless it has a dot. */
export function domainFromText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const domain = outletDomain(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return domain?.includes(".") ? domain : null;
}
