// Request headers an attacker controls: Host and the forwarding headers (read for absolute URLs and
// the page cache's key), Accept-Language (the home page's redirect), cookies (session and language),
// Next's own client-navigation and server-action headers, and a body type on a GET.
import fc from 'fast-check';

/** Printable ASCII, plus Latin-1 bytes: all that Node lets a header value carry. */
const headerText = (maxLength: number) =>
  fc.string({ unit: fc.oneof({ weight: 9, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)) }), maxLength });

const bigPort = fc.oneof(fc.integer({ min: 65536, max: 99999 }).map(String), fc.integer({ min: 6, max: 40 }).map((n) => '9'.repeat(n)), fc.constantFrom('0', '-1', '+80', '80a', '', '0x50', '²'));

/** A Host value: the right one, a huge port, kilobytes long, or junk. */
export function hostValue(port: string) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', 'ties.example') },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('127.0.0.1', 'localhost', 'ties.example', '[::1]'), bigPort).map(([h, p]) => `${h}:${p}`) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 256, max: 8192 }), fc.constantFrom('a', 'a.', '9', '-')).map(([n, c]) => c.repeat(Math.ceil(n / c.length))) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 8000 }).map((n) => `${'a'.repeat(n)}:${port}`) },
    {
      weight: 3,
      arbitrary: fc.constantFrom('', ' ', ':', `:${port}`, '[::1', '[::1]', '::1', 'user@host', 'a@b@c', 'host/path', 'host?x', 'host#x', 'ho st', '..', 'a..b', '-a-', 'xn--', 'xn--zz', 'é.test', `localhost:${port}, evil.test`, 'localhost:80:80', '%41', '*', '127.1', '0x7f.1', '999.999.999.999', '\\\\host'),
    },
    { weight: 2, arbitrary: headerText(40) },
  );
}

const forwardedProto = fc.constantFrom('https', 'http', 'ftp', '', 'HTTPS', 'https, http', 'javascript', 'https:', ' https', 'h'.repeat(5000));
const acceptLanguage = fc.oneof(
  fc.constantFrom('ko', 'ko-KR,ko;q=0.9,en;q=0.8', 'en;q=abc', '*', 'ko;q=1.5', 'ko;q=-1', ';;;,,,', 'q=0.5', 'zz-ZZ', '__proto__', 'constructor', 'ko;q=0.5;q=0.9', `${'ko,'.repeat(2000)}en`, 'x'.repeat(8000)),
  headerText(40),
);
const cookie = fc.oneof(
  fc.constantFrom('ties_session=', 'ties_session', 'ties_session=%ff', 'ties_session=x; ties_session=y', `ties_session=${'a'.repeat(64)}`, 'NEXT_LOCALE=ko', 'NEXT_LOCALE=__proto__', 'NEXT_LOCALE=%E0%A4%A', '=;=;', ';', '__proto__=1', 'constructor=1'),
  headerText(60).map((v) => `ties_session=${v.replace(/;/g, '')}`),
  headerText(30).map((v) => `NEXT_LOCALE=${v}`),
  fc.integer({ min: 2000, max: 20000 }).map((n) => `junk=${'x'.repeat(n)}`),
  fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => `c${i}=1`).join('; ')),
);
const contentType = fc.oneof(
  fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=', 'application/x-www-form-urlencoded', 'application/json', 'text/plain;charset=junk', 'text/x-component', ';;', '*/*'),
  headerText(40),
);

/** Next's client-side headers; a router state that is not the JSON Next expects is the classic one. */
const nextHeaders = fc.record(
  {
    rsc: fc.constantFrom('1', '0', 'junk'),
    'next-router-prefetch': fc.constantFrom('1', '2', 'junk'),
    'next-router-state-tree': fc.oneof(fc.constantFrom('%5B%5D', 'junk', '%ff', '[', '["",{}]', '%5B%22%22%2C%7B%7D%5D'), headerText(40)),
    'next-action': fc.oneof(fc.constantFrom('junk', '', '0'.repeat(42), 'x'.repeat(5000)), headerText(40)),
    'next-url': fc.oneof(fc.constantFrom('/deals', '//evil.test', '%ff'), headerText(20)),
  },
  { requiredKeys: [] },
);

/** A full set of headers: always a Host (Node answers a request without one with 400 before the app sees it). */
export function requestHeaders(port: string) {
  return fc
    .record({
      host: hostValue(port),
      optional: fc.record(
        {
          'x-forwarded-host': hostValue(port),
          'x-forwarded-proto': forwardedProto,
          'x-forwarded-for': fc.oneof(fc.constantFrom('1.2.3.4', 'junk', '::::', '1.2.3.4, 5.6.7.8'), headerText(20)),
          'accept-language': acceptLanguage,
          cookie,
          'content-type': contentType,
          referer: fc.oneof(fc.constantFrom(`http://127.0.0.1:${port}/`, `http://127.0.0.1:${port}/ko`, 'http://evil.test/', 'junk', `http://${'a'.repeat(3000)}/`), headerText(30)),
          accept: fc.constantFrom('text/x-component', 'application/json', '*/*', 'text/html', 'junk'),
        },
        { requiredKeys: [] },
      ),
      next: fc.option(nextHeaders, { freq: 3 }),
    })
    .map(({ host, optional, next }) => ({ host, ...optional, ...(next ?? {}) }) as Record<string, string>);
}
