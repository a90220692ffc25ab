// The requests an attacker's test of the built site answered with a 500, written out one by one so
// that every one of them is sent on every run (random generation may miss one, and stops at the first).
import { type RawRequest, rawRequest } from './fuzz-http';
import { prototypeKeys } from './fuzz-query';
import { routes } from './fuzz-paths';

const listPages = ['/deals', '/instruments', '/recommendations', '/sources', '/embed/deals', '/embed/recommendations'];
const apis = routes.filter((r) => r.api && r.list && !r.path.includes('{')).map((r) => r.path).concat('/api/og/deals', '/api/og/recommendations');
const everyPage = ['/', '/deals', '/deals/hanwha-k9-romania', '/instruments', '/instruments/edf', '/recommendations', '/recommendations/1', '/sources', '/sign-in', '/embed/deals'];

/** Object.prototype's names as query keys, on every list page and embed in both languages, and the APIs. */
function prototypeQueries(host: string): RawRequest[] {
  const paths = [...listPages.flatMap((p) => [p, `/ko${p}`]), ...apis];
  return paths.flatMap((path) => prototypeKeys.map((key) => rawRequest('GET', `${path}?${encodeURIComponent(key)}=1`, { host })));
}

/** A Host with a port past 65535, or kilobytes long, on pages in both languages and an API. */
function badHosts(port: string): RawRequest[] {
  const hosts = ['127.0.0.1:65536', '127.0.0.1:99999', `localhost:${'9'.repeat(20)}`, 'a'.repeat(8192), `${'a'.repeat(8000)}:${port}`, 'a'.repeat(300), 'xn--zz', '999.999.999.999'];
  const paths = ['/', '/ko', '/deals', '/ko/deals?country=PL', '/deals/hanwha-k9-romania', '/recommendations/feed.xml', '/api/deals', '/api/og/deals'];
  return hosts.flatMap((host) => [
    ...paths.map((path) => rawRequest('GET', path, { host })),
    rawRequest('GET', '/deals', { host: `127.0.0.1:${port}`, 'x-forwarded-host': host }),
    // Past the page cache: a signed-in reader's page and a client navigation render on their own.
    rawRequest('GET', '/deals', { host, cookie: 'ties_session=not-a-session' }),
    rawRequest('GET', '/ko/instruments', { host, rsc: '1' }),
  ]);
}

/** Paths of 4 to 16 KB, in a segment of a page and at the top, in both languages. */
function longPaths(host: string): RawRequest[] {
  return [4096, 8192, 12288, 16384].flatMap((n) => {
    const long = 'a'.repeat(n);
    return ['/', '/ko/', '/deals/', '/ko/deals/', '/history/deal/', '/api/og/'].map((prefix) => rawRequest('GET', `${prefix}${long}`, { host }));
  });
}

/** Escapes that do not decode, in every dynamic segment and in a page's own name. */
function badEscapes(host: string): RawRequest[] {
  const escapes = ['%ff', '%E0%A4%A', '%c0%af', '%', '%zz'];
  const templates = ['/deals/#', '/ko/deals/#', '/#', '/ko/#', '/instruments/#', '/recommendations/#', '/history/deal/#', '/history/#/edf', '/deals/#/edit', '/api/recommendations/#', '/api/og/#', '/de#als', '/embed/#'];
  // Paths the proxy's matcher leaves out (a dot, /api, /_next) reach Next's router on their own.
  templates.push('/deals/#.json', '/#.png', '/recommendations/feed.xml/#', '/api/#', '/_next/#', '/_next/static/#.js');
  return templates.flatMap((t) => escapes.map((e) => rawRequest('GET', t.replace('#', e), { host })));
}

/** Every known case, for a server listening on `port`. */
export function attackerCases(port: string): RawRequest[] {
  const host = `127.0.0.1:${port}`;
  return [...prototypeQueries(host), ...badHosts(port), ...longPaths(host), ...badEscapes(host), ...everyPage.map((p) => rawRequest('HEAD', p, { host }))];
}
