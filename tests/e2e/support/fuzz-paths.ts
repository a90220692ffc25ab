// Request paths: every kind of page, feed and API, in English and under /ko/, with real and junk
// identifiers, long segments, malformed percent-encoding, dot segments and doubled slashes. Each is
// written as raw bytes for the request line, so nothing normalises it before the server does.
import fc from 'fast-check';
import { type ListKind, badEscape, percentEncode, queryString } from './fuzz-query';

/** Real records of the seed, so that the fuzz reaches the pages behind a found record too. */
export const seedIds = {
  slug: ['hanwha-k9-romania', 'hyundai-rotem-k2-poland-2025'],
  code: ['edf', 'safe', 'diana'],
  number: ['1', '7', '10'],
  entity: ['deal', 'instrument', 'organisation', 'country', 'key-figure', 'source'],
  key: ['hanwha-k9-romania', 'edf', 'hanwha-aerospace', 'PL', 'k9-romania-value'],
  list: ['deals', 'instruments', 'recommendations', 'sources'],
} as const;
type Slot = keyof typeof seedIds;

/** Each route, with `{slot}` where an identifier goes and the list whose parameters it reads. */
export const routes: ReadonlyArray<{ path: string; list?: ListKind; api?: boolean }> = [
  { path: '/' },
  { path: '/deals', list: 'deals' },
  { path: '/deals/{slug}' },
  { path: '/deals/{slug}/edit' },
  { path: '/deals/new' },
  { path: '/instruments', list: 'instruments' },
  { path: '/instruments/{code}' },
  { path: '/recommendations', list: 'recommendations' },
  { path: '/recommendations/{number}' },
  { path: '/recommendations/feed.xml' },
  { path: '/sources', list: 'sources' },
  { path: '/register' },
  { path: '/history/{entity}/{key}' },
  { path: '/embed/deals', list: 'deals' },
  { path: '/embed/recommendations', list: 'recommendations' },
  { path: '/sign-in' },
  { path: '/api/deals', list: 'deals', api: true },
  { path: '/api/instruments', list: 'instruments', api: true },
  { path: '/api/recommendations', list: 'recommendations', api: true },
  { path: '/api/recommendations/{number}', api: true },
  { path: '/api/sources', list: 'sources', api: true },
  { path: '/api/og/{list}', list: 'deals', api: true },
  { path: '/api/health', api: true },
];

/** Four to sixteen kilobytes of one character: past many servers' request-line limits. */
export const longSegment = fc.tuple(fc.integer({ min: 4096, max: 16384 }), fc.constantFrom('a', '%41', '-', '.')).map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

/** A segment that is no identifier: junk text, escapes that do not decode, dot forms, reserved words. */
export const junkSegment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map(percentEncode) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).map(percentEncode) },
  { weight: 3, arbitrary: fc.array(badEscape, { minLength: 1, maxLength: 3 }).map((p) => p.join('')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('.', '..', '%2e', '%2e%2e', '.%2e', '%2f', '%2F..%2F', '%5c', '%00', '%20', '~', 'new', 'edit', 'feed.xml', 'ko', 'en', 'api', '_next', '[slug]', 'index', 'page', 'favicon.ico', '0', '-1', '11', '1e1', '01', '99999999999999999999', '__proto__', 'constructor', 'toString', '%ED%95%9C%EA%B5%AD', 'a@b', 'a:b', 'a;b=c'),
  },
  { weight: 1, arbitrary: longSegment },
);

const slot = (name: Slot) => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...seedIds[name]) }, { weight: 3, arbitrary: junkSegment });

/** How a path is bent after it is built: extra segments, doubled slashes, dot segments, a trailing slash. */
const bend = fc.constantFrom('none', 'none', 'none', 'append', 'double-slash', 'leading-double-slash', 'dot', 'dot-dot', 'trailing-slash', 'encoded-slash');

function bent(path: string, how: string, extra: string, at: number): string {
  const slashes = [...path.matchAll(/\//g)].map((m) => m.index);
  const i = slashes[at % slashes.length] ?? 0;
  switch (how) {
    case 'append': return `${path.replace(/\/$/, '')}/${extra}`;
    case 'double-slash': return `${path.slice(0, i)}/${path.slice(i)}`;
    case 'leading-double-slash': return `/${path}`;
    case 'dot': return `${path.slice(0, i)}/.${path.slice(i)}`;
    case 'dot-dot': return `${path.slice(0, i)}/${extra}/..${path.slice(i)}`;
    case 'trailing-slash': return `${path}/`;
    case 'encoded-slash': return path.replace(/\/([^/]*)$/, '%2F$1');
    default: return path;
  }
}

/** One raw request path (with its query, sometimes) for any route, in either language. */
export const requestPath = fc
  .record({
    route: fc.constantFrom(...routes),
    locale: fc.constantFrom('', '', '/ko', '/en', '/KO', '/ko-KR'),
    slots: fc.record({ slug: slot('slug'), code: slot('code'), number: slot('number'), entity: slot('entity'), key: slot('key'), list: slot('list') }),
    how: bend,
    extra: junkSegment,
    at: fc.nat(),
    query: fc.option(queryString(null), { freq: 3 }),
  })
  .map(({ route, locale, slots, how, extra, at, query }) => {
    const filled = route.path.replace(/\{(\w+)\}/g, (_, name: Slot) => slots[name]);
    // The APIs have no language prefix; asking for one anyway is a junk path like any other.
    const prefixed = route.api && locale !== '/ko' ? filled : `${locale}${filled === '/' && locale ? '' : filled}`;
    const path = bent(prefixed || '/', how, extra, at);
    return query === null ? path : `${path}?${query}`;
  });
