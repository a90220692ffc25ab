// Small helpers shared by the JSON API routes: errors with a clear message, and size-limited bodies.
export function apiError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status });
}

export const MAX_BODY_BYTES = 16 * 1024;

/** Parses a JSON body no larger than MAX_BODY_BYTES; null if it is too large or not JSON. */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, response: apiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`) };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: apiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`) };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, 'The body is not valid JSON.') };
  }
}

/** A cross-site write carries another Origin; refuse it (cookies are SameSite=Lax as well). */
export function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
