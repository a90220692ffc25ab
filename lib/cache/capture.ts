// Hears the bytes Next writes for a render the proxy wants kept (lib/cache/pages.ts), in this
// process. Installed once by instrumentation.ts, before the server answers its first request.
//
// Next gives an app no hook on the response it writes, so this sits where every response passes:
// the HTTP server's 'request' event. For a GET of a page it records what is written to the
// response; when the response has finished, the proxy's token in the request headers (Next applies
// the proxy's request headers to the request it renders) says whether and under which key to keep
// it. Next compresses after this point, so a compressed body is decompressed first.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib';
import { CAPTURE_HEADER, ENCODE_HEADER, MAX_PAGE_BYTES, finishCapture } from './pages';

const NOT_A_PAGE = /^\/(_next|api)\//;

/** Listens on every HTTP server in this process. Calling it again does nothing. */
export function installPageCapture(): void {
  const marked = globalThis as unknown as { tiesPageCapture?: boolean };
  if (marked.tiesPageCapture) return;
  marked.tiesPageCapture = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      encodeKeptPage(args[0] as IncomingMessage, args[1] as ServerResponse);
      record(args[0] as IncomingMessage, args[1] as ServerResponse);
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

/** What a response's write or end was given, as bytes (a string in its encoding, UTF-8 unless named). */
const toBytes = (chunk: unknown, encoding: unknown) => (typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
/** The callback among a write's or an end's arguments, if one was given. */
const callbackOf = (...args: unknown[]) => args.find((a): a is () => void => typeof a === 'function');
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

/** Records what `res` is sent, if the proxy named `req` for keeping; keeps it when the response has finished. */
export function record(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' || NOT_A_PAGE.test(req.url ?? '')) return;
  let chunks: Buffer[] | null = [];
  let size = 0;
  let named: boolean | undefined;
  const take = (chunk: unknown, encoding: unknown) => {
    // By the first byte the proxy has run, and Next has put its request headers on `req`: a
    // response it did not name for keeping (an editor's, a form, an RSC request) is not recorded.
    named ??= typeof req.headers[CAPTURE_HEADER] === 'string';
    if (!named) chunks = null;
    if (chunks === null || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes = toBytes(chunk, encoding);
    size += bytes.length;
    // Too big to keep: stop recording, and let the response go on as it is.
    chunks = size > MAX_PAGE_BYTES ? null : (chunks.push(bytes), chunks);
  };
  const write = res.write as Write;
  const end = res.end as End;
  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    take(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    take(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  } as ServerResponse['end'];

  res.once('finish', () => {
    const token = req.headers[CAPTURE_HEADER];
    if (typeof token !== 'string') return;
    const body = chunks === null ? null : decoded(Buffer.concat(chunks), res.getHeader('content-encoding'));
    finishCapture(token, body === null ? null : { status: res.statusCode, headers: res.getHeaders(), body });
  });
  // A response that never finished (the reader went away) is not kept; its token expires.
  res.once('close', () => {
    chunks = res.writableFinished ? chunks : null;
  });
}

/**
 * Sends a kept page in brotli when the proxy asked for it ({@link ENCODE_HEADER}, on a response Next
 * did not compress: `no-transform`): the header is swapped for Content-Encoding as the head is
 * written, and the page, written whole from memory, is compressed when it ends. Other responses
 * pass as they are.
 */
export function encodeKeptPage(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' || NOT_A_PAGE.test(req.url ?? '')) return;
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  const write = res.write as Write;
  const end = res.end as End;
  let chunks: Buffer[] | null = null;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (res.getHeader(ENCODE_HEADER) === 'br') {
      res.removeHeader(ENCODE_HEADER);
      res.removeHeader('content-length');
      res.setHeader('content-encoding', 'br');
      const vary = res.getHeader('vary');
      if (!/accept-encoding/i.test(Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))) res.appendHeader('vary', 'Accept-Encoding');
      chunks = [];
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (chunks === null) return write.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBytes(chunk, encoding));
    const done = callbackOf(encoding, callback);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!this.headersSent && chunks === null && res.getHeader(ENCODE_HEADER) === 'br') this.writeHead(this.statusCode);
    if (chunks === null) return end.call(this, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBytes(chunk, encoding));
    const page = Buffer.concat(chunks);
    chunks = null;
    const compressed = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } });
    return end.call(this, compressed, callbackOf(chunk, encoding, callback));
  } as ServerResponse['end'];
}

/** The body as text, undoing the compression Next applied; null for an encoding it did not apply. */
function decoded(body: Buffer, encoding: ReturnType<ServerResponse['getHeader']>): string | null {
  try {
    switch (encoding) {
      case undefined:
      case 'identity':
        return body.toString('utf8');
      case 'gzip':
        return gunzipSync(body).toString('utf8');
      case 'br':
        return brotliDecompressSync(body).toString('utf8');
      case 'deflate':
        return inflateSync(body).toString('utf8');
      default:
        return null;
    }
  } catch {
    return null;
  }
}
