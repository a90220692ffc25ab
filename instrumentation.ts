// Runs once when the server starts, before it answers a request (Next's instrumentation hook).
import { CAPTURE_HEADER, failCapture } from './lib/cache/pages';

export async function register() {
  // The page cache hears the pages Next renders in this process (lib/cache/capture.ts). Not under
  // `next dev`, whose pages change as their code does.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const { installPageCapture } = await import('./lib/cache/capture');
    installPageCapture();
  }
}

/** A render that failed anywhere, even inside an error boundary that still answered 200, is never kept. */
export function onRequestError(_error: unknown, request: { headers: Record<string, string | string[] | undefined> }) {
  const token = request.headers[CAPTURE_HEADER];
  if (typeof token === 'string') failCapture(token);
}
