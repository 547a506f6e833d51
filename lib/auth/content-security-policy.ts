/**
 * The page's Content-Security-Policy. Scripts run only from this origin and with this response's nonce
 * (Next puts it on its own inline scripts when it finds it in the request's policy header), and whatever
 * those load ('strict-dynamic'): no 'unsafe-inline' for scripts. What remains: styles allow 'unsafe-inline',
 * because React's style attributes (charts, highlights) cannot carry a nonce; the dev server also needs
 * 'unsafe-eval'. No page may be framed, and forms post only here.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
