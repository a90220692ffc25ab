// Query strings an attacker might send: each list's own parameter names with valid, malformed, huge,
// repeated and non-ASCII values, names that are members of Object.prototype, and raw fragments no
// encoder would produce. The names are written out here, not imported from lib/filters, so that the
// test keeps sending yesterday's parameters even when a change drops one.
import fc from 'fast-check';

export type ListKind = 'deals' | 'instruments' | 'recommendations' | 'sources';

export const listParams: Record<ListKind, readonly string[]> = {
  deals: ['q', 'country', 'organisation', 'system', 'domain', 'type', 'stage', 'localisation', 'transfer', 'from', 'to', 'sort', 'page'],
  instruments: ['q', 'owner', 'kind', 'access', 'sort', 'view'],
  recommendations: ['q', 'stage', 'actor', 'sort'],
  sources: ['q', 'sort', 'page'],
};
/** What the export API and the link-preview card read besides the list's own parameters. */
export const extraParams = ['format', 'locale', 'page'] as const;

/** Names a plain object answers to without owning them, plus the ones promises and JSON look for. */
export const prototypeKeys = [...Object.getOwnPropertyNames(Object.prototype), 'then', 'toJSON', 'length', 'prototype', 'constructor[prototype]', '__proto__[x]'];

const validValues = [
  'PL', 'pl', 'RO', 'KR', 'hanwha-aerospace', 'K9', 'K2 Black Panther', 'land', 'multi-domain', 'export', 'licensed-production',
  'framework', 'local-production', 'yes', 'no', '1950', '2023', '2100', '1', '2', '-date', 'value', '-value', 'name', '-budget',
  'access', 'table', 'cards', 'EU', 'NATO', 'nato', 'grant-fund', 'associated', 'restricted', 'rok', 'industry', 'not-started',
  'in-progress', 'number', '-progress', 'reviewed', 'json', 'csv', 'ko', 'en',
];
const malformedValues = [
  '', ' ', '-1', '0', '01', '1e3', '0x10', '1.5', '2023-01', '99999999999999999999', 'NaN', 'Infinity', 'null', 'undefined', 'true',
  '[]', '{}', '[object Object]', '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '\u0000', '\r\n', '*', '%', 'a,b',
];

/** Percent-encodes every UTF-8 byte outside the unreserved set; lone surrogates become U+FFFD. */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const hex = fc.constantFrom(...'0123456789abcdefABCDEFzg'.split(''));
/** Escapes that do not decode: invalid UTF-8, overlong forms, surrogates, truncations, bare `%`. */
export const badEscape = fc.oneof(
  fc.tuple(hex, hex).map(([a, b]) => `%${a}${b}`),
  fc.constantFrom('%', '%%', '%z', '%ff', '%FF%FE', '%c0%af', '%C0%80', '%E0%A4%A', '%E0%A4', '%ED%A0%80', '%F4%90%80%80', '%F0%9F%98', '%00', '%u0041', '%2', '%%32%65'),
);
/** Raw bytes that are legal on the request line but mean something to a query parser. */
const rawFragment = fc.constantFrom('&', '&&', '=', '==', ';', '+', '%2B', '?', '#', '[]', '[0]', '.', '..', '|', '\\', '"', "'", '<', '>', '{', '}', '^', '`');

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
const huge = fc.tuple(fc.integer({ min: 200, max: 6000 }), fc.constantFrom('x', 'é', '한', '%', '-', '9')).map(([n, c]) => c.repeat(n));

/** A value: valid, malformed, huge, non-ASCII (encoded as UTF-8), or garbage left unencoded. */
export const queryValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...validValues).map(percentEncode) },
  { weight: 3, arbitrary: fc.constantFrom(...malformedValues).map(percentEncode) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(percentEncode) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(percentEncode) },
  { weight: 1, arbitrary: huge.map(percentEncode) },
  { weight: 2, arbitrary: fc.array(fc.oneof(badEscape, rawFragment, printable.map(percentEncode)), { minLength: 1, maxLength: 4 }).map((p) => p.join('')) },
);

export function queryKey(kind: ListKind | null) {
  const own = kind ? listParams[kind] : [...new Set(Object.values(listParams).flat())];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(listParams).flat(), ...extraParams) },
    { weight: 3, arbitrary: fc.constantFrom(...prototypeKeys).map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...own).map((k) => `${k}[]`) },
    { weight: 1, arbitrary: printable.map(percentEncode) },
    { weight: 1, arbitrary: fc.array(fc.oneof(badEscape, printable.map(percentEncode)), { minLength: 1, maxLength: 3 }).map((p) => p.join('')) },
  );
}

/** One `key=value` pair, a bare key, a key repeated past any limit, or a raw fragment. */
function queryPart(kind: ListKind | null) {
  const pair = fc.tuple(queryKey(kind), queryValue).map(([k, v]) => `${k}=${v}`);
  return fc.oneof(
    { weight: 8, arbitrary: pair },
    { weight: 1, arbitrary: queryKey(kind) },
    { weight: 1, arbitrary: fc.tuple(pair, fc.integer({ min: 2, max: 80 })).map(([p, n]) => Array(n).fill(p).join('&')) },
    { weight: 1, arbitrary: rawFragment },
  );
}

/** A whole query string, without its `?`; empty sometimes. */
export function queryString(kind: ListKind | null) {
  return fc
    .tuple(fc.array(queryPart(kind), { maxLength: 7 }), fc.constantFrom('&', '&', '&', ';', '&&'))
    .map(([parts, separator]) => parts.join(separator));
}
