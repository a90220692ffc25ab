// Reading and writing list state in the URL. Every list parses its searchParams through a
// whitelist (unknown or malformed values are dropped and reported, never thrown), and builds its
// URL back in one canonical order, so the same state always gives the same address.

export type RawParams = Record<string, string | string[] | undefined>;

/** What a parser dropped, to be shown to the reader: `country=XX`, `page=abc`. */
export type Dropped = Array<{ key: string; value: string }>;

export function toRawParams(search: URLSearchParams): RawParams {
  // No prototype: a key named `__proto__` is then a key like any other.
  const raw: RawParams = Object.create(null);
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  return raw;
}

/** All values of a key, trimmed, empty ones removed, at most `limit` kept. */
export function allValues(raw: RawParams, key: string, limit = 50): string[] {
  // Own keys only: `raw.toString` of a plain object (Next's searchParams) is a function, not a value.
  const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean).slice(0, limit);
}

/** The values of `key` that are in `allowed`, sorted and unique; the others go to `dropped`. */
export function pickMany<T extends string>(
  raw: RawParams,
  key: string,
  allowed: readonly T[] | ((value: string) => T | null),
  dropped: Dropped,
): T[] {
  const accept = typeof allowed === 'function' ? allowed : (v: string) => (allowed.includes(v as T) ? (v as T) : null);
  const picked = new Set<T>();
  for (const value of allValues(raw, key)) {
    const ok = accept(value);
    if (ok === null) dropped.push({ key, value });
    else picked.add(ok);
  }
  return [...picked].sort();
}

/** One value of `key` from `allowed`, or undefined (and reported) when malformed. */
export function pickOne<T extends string>(raw: RawParams, key: string, allowed: readonly T[], dropped: Dropped): T | undefined {
  const [first, ...rest] = allValues(raw, key);
  for (const extra of rest) dropped.push({ key, value: extra });
  if (first === undefined) return undefined;
  if (allowed.includes(first as T)) return first as T;
  dropped.push({ key, value: first });
  return undefined;
}

/** A positive integer within bounds, or undefined (and reported) when malformed. */
export function pickInt(raw: RawParams, key: string, min: number, max: number, dropped: Dropped): number | undefined {
  const [first, ...rest] = allValues(raw, key);
  for (const extra of rest) dropped.push({ key, value: extra });
  if (first === undefined) return undefined;
  if (/^\d{1,9}$/.test(first)) {
    const n = Number(first);
    if (n >= min && n <= max) return n;
  }
  dropped.push({ key, value: first });
  return undefined;
}

/** Free text, bounded in length. */
export function pickText(raw: RawParams, key: string, maxLength = 200): string | undefined {
  const text = allValues(raw, key)[0]?.replace(/\s+/g, ' ');
  return text ? text.slice(0, maxLength) : undefined;
}

/**
 * A day that has ended or is under way (`YYYY-MM-DD`, a real day, not after today in UTC+14, the
 * last time zone to reach a day): a past view's date. Anything else is dropped and reported.
 */
export function pickPastDay(raw: RawParams, key: string, dropped: Dropped): string | undefined {
  const value = allValues(raw, key)[0];
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const real = day && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  if (real && day.getTime() <= Date.now() + 14 * 60 * 60 * 1000 && day.getUTCFullYear() >= 2000) return value;
  dropped.push({ key, value });
  return undefined;
}

/** Reports every key that no list parameter claims. */
export function dropUnknownKeys(raw: RawParams, known: readonly string[], dropped: Dropped): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) for (const value of allValues(raw, key, 5)) dropped.push({ key, value });
  }
}

export type QueryEntry = readonly [key: string, value: string | number | boolean | readonly string[] | undefined | null];

/** A canonical query string: keys in the given order, repeated values sorted, empty ones left out. */
export function buildQuery(entries: readonly QueryEntry[]): string {
  const search = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const v of [...value].sort()) search.append(key, v);
    else search.append(key, String(value));
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}
