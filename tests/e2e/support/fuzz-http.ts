// Sends a request byte for byte as written: fetch and Playwright's request fixture would normalise
// the path (dot segments, percent-encoding) and refuse or rewrite a Host header, which is exactly
// what an attacker does not do.
import http from 'node:http';
import fc from 'fast-check';

export type RawRequest = { method: 'GET' | 'HEAD'; path: string; headers: Record<string, string> };

export type Outcome = { status: number; ms: number; headerBytes: number; serverError: string | null } | { failure: string; ms: number };

/** Node's own limit on a request's head (--max-http-header-size): past it, Node answers 431 itself. */
export const NODE_MAX_REQUEST_HEAD = 16 * 1024;

/**
 * Response headers past 16 KB are refused by Node's own clients (the proxy's loopback fetch among
 * them) and by nginx's default buffers (a 502 at the edge). A redirect may echo a long URL once;
 * headers that repeat the request several times over (a link header per language) are a failure.
 */
const MAX_RESPONSE_HEADER_BYTES = 16 * 1024;
const headersTooLarge = (bytes: number, requestHead: number) => bytes > MAX_RESPONSE_HEADER_BYTES && bytes > 2 * requestHead;

/**
 * A server component that throws after the page has started streaming leaves the status at 200
 * and writes the error into the RSC payload under a numeric digest (a 404 or a redirect has a
 * `NEXT_…` digest instead): a 500 in disguise, so it counts as one.
 */
const STREAMED_ERROR = /:E\{\\?"digest\\?":\\?"(\d+)\\?"/;

/** A request that fast-check prints as one short line (long values clipped) when it reports a failure. */
export function rawRequest(method: RawRequest['method'], path: string, headers: Record<string, string>): RawRequest {
  const request: RawRequest = { method, path, headers };
  return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
}

/** Long values are clipped to their start and length, so a 16 KB path still reads as one line. */
const clip = (text: string) => (text.length > 100 ? `${JSON.stringify(text.slice(0, 60))}…(${text.length} chars)` : JSON.stringify(text));

export function describeRequest({ method, path, headers }: RawRequest): string {
  return [`${method} ${clip(path)}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${clip(value)}`)].join(' | ');
}

export const requestHeadBytes = ({ method, path, headers }: RawRequest) =>
  Buffer.byteLength(`${method} ${path} HTTP/1.1\r\n`) + Object.entries(headers).reduce((sum, [k, v]) => sum + Buffer.byteLength(`${k}: ${v}\r\n`, 'latin1'), 2);

/**
 * One request on its own connection (a hung or reset one must not poison the next), with the whole
 * body read: a page that starts streaming and then stalls is a hang too.
 */
export function send(origin: URL, request: RawRequest, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outgoing.destroy();
      resolve(outcome);
    };
    const outgoing = http.request(
      // A large header limit, so that an oversized answer is measured and named rather than refused.
      { host: origin.hostname, port: origin.port, method: request.method, path: request.path, headers: request.headers, setHost: false, agent: false, maxHeaderSize: 1024 * 1024 },
      (response) => {
        const status = response.statusCode ?? 0;
        const headerBytes = response.rawHeaders.reduce((sum, part) => sum + Buffer.byteLength(part) + 2, 0);
        let serverError: string | null = null;
        let tail = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          // Keep a little of the previous chunk, so that a marker split across two is still seen.
          const text = tail + chunk;
          serverError ??= STREAMED_ERROR.exec(text)?.[1] ?? null;
          tail = text.slice(-64);
        });
        response.on('end', () => finish({ status, ms: elapsed(), headerBytes, serverError }));
        response.on('error', (error) => finish({ failure: `status ${status}, then the body broke off: ${error.message}`, ms: elapsed() }));
      },
    );
    const timer = setTimeout(() => finish({ failure: `no complete answer within ${timeoutMs} ms (a hang)`, ms: elapsed() }), timeoutMs);
    outgoing.on('error', (error) => finish({ failure: `no answer: ${error.message}`, ms: elapsed() }));
    outgoing.end();
  });
}

/** Sends the request and throws, naming it, unless it is answered below 500, whole, and in time. */
export async function expectAnswered(origin: URL, request: RawRequest, timeoutMs: number): Promise<number> {
  const outcome = await send(origin, request, timeoutMs);
  const head = requestHeadBytes(request);
  const describe = describeRequest(request);
  if ('failure' in outcome) {
    // Node refuses a head over its limit with a 431 and closes at once, often before it has read
    // all of it, so the client sees a reset: that is Node answering, not the app failing.
    if (head > NODE_MAX_REQUEST_HEAD && /ECONNRESET|EPIPE/.test(outcome.failure)) return 431;
    throw new Error(`${describe} → ${outcome.failure}`);
  }
  if (outcome.status >= 500) throw new Error(`${describe} → ${outcome.status} after ${outcome.ms} ms`);
  if (outcome.serverError) throw new Error(`${describe} → ${outcome.status}, but the page rendered a server error (digest ${outcome.serverError})`);
  if (headersTooLarge(outcome.headerBytes, head)) {
    throw new Error(`${describe} → ${outcome.status}, but with ${outcome.headerBytes} bytes of response headers for a ${head}-byte request`);
  }
  return outcome.status;
}

/** Runs every request, at most `parallel` at a time, and returns each failure's message. */
export async function failuresAmong(origin: URL, requests: readonly RawRequest[], timeoutMs: number, parallel = 4): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      await expectAnswered(origin, request, timeoutMs).catch((error: Error) => failures.push(error.message));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return failures;
}
