// A second production server, started as an operator starts one behind a reverse proxy (bound to an
// address, told to trust the proxy), and a small reverse proxy in front of it that sets the headers
// nginx or a load balancer sets. Both are real processes and real HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Server = { origin: string; stop: () => Promise<void> };

/** `next start -H host -p port` on the browser tests' build and database; resolves once it answers. */
export async function startBoundServer(host: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child: ChildProcess = spawn('npx', ['next', 'start', '-H', host, '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: `file:.data/e2e-${process.env.E2E_PORT ?? 3100}.db`, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start -H ${host} did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/**
 * A reverse proxy on 127.0.0.1 that forwards to `upstream` as nginx is usually set up to: the Host
 * the client used as X-Forwarded-Host, the scheme it terminated as X-Forwarded-Proto (here `proto`,
 * as if it held the TLS certificate), the client's address as X-Forwarded-For, replacing any sent.
 */
export async function startReverseProxy(upstream: string, proto: 'http' | 'https'): Promise<Server> {
  const target = new URL(upstream);
  const server = http.createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers, host: target.host, 'x-forwarded-host': incoming.headers.host ?? '', 'x-forwarded-proto': proto, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' };
    const forward = http.request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
