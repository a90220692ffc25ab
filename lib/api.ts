// Small helpers shared by the JSON API routes: errors with a clear message, size-limited JSON bodies,
// and a database that is busy, read-only or unreachable answered as such (503) rather than as a 500.
import { type DatabaseTrouble, RETRY_AFTER_SECONDS, databaseTrouble } from '@/lib/db-errors';
import { crossOrigin } from '@/lib/http/guards';

export function apiError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status });
}

export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Whether a request says its body is JSON: `application/json`, with at most a UTF-8 charset (the
 * body is read as UTF-8, so another charset would be misread). A form post (`text/plain`,
 * `application/x-www-form-urlencoded`) is not, even when its text parses as JSON: a browser sends
 * those from any site without asking first, so taking them would let a page elsewhere write here.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => param === '' || /^charset=(?:"utf-8"|utf-8)$/.test(param.replace(/\s*=\s*/, '=')));
}

/** Parses a JSON body no larger than MAX_BODY_BYTES, sent as JSON; otherwise the error response to answer with. */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    const response = apiError(415, 'Send the body as JSON, with the header Content-Type: application/json.', { accepted: ['application/json'] });
    // RFC 5789: a 415 to a PATCH says which media types it accepts.
    if (request.method === 'PATCH') response.headers.set('Accept-Patch', 'application/json');
    return { ok: false, response };
  }
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
export const isCrossOrigin = (request: Request): boolean => crossOrigin(request.headers);

const unavailable: Record<DatabaseTrouble, string> = {
  busy: 'The database is busy with another change. Nothing was changed; try again in a few seconds.',
  'read-only': 'The database is read-only at the moment: it can be read, but takes no changes. Nothing was changed; try again later.',
  unreachable: 'The database cannot be reached at the moment. Nothing was changed; try again in a few seconds.',
};

/** 503 for a database that is busy, read-only or unreachable, with when to try again. */
export function databaseUnavailable(trouble: DatabaseTrouble): Response {
  return Response.json(
    { error: unavailable[trouble], database: trouble },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}

/**
 * A route handler whose database being busy, read-only or unreachable answers 503 with Retry-After
 * (see databaseUnavailable) instead of a bare 500. Any other error is thrown on, as before.
 */
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Response | Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      const trouble = databaseTrouble(error);
      if (!trouble) throw error;
      console.warn(`API request refused: the database is ${trouble}.`, error instanceof Error ? error.message.trim().split('\n').at(-1) : error);
      return databaseUnavailable(trouble);
    }
  };
}
