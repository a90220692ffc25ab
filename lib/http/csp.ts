// The Content-Security-Policy of a page. Scripts run only with the nonce this response was given
// (Next puts it on its own scripts when it finds it in the request's policy), so an injected
// <script> or inline handler does not run even if some output were ever left unescaped.

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The policy for a page. `embed` pages may be framed anywhere (that is what they are for); every
 * other page nowhere. Styles allow inline attributes: charts and Next's loading UI set them, and a
 * style cannot run code. `dev` adds what `next dev` needs to evaluate its hot-reloaded modules.
 */
export function contentSecurityPolicy(nonce: string, { embed = false, dev = false }: { embed?: boolean; dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? '*' : "'none'"}`,
  ].join('; ');
}
