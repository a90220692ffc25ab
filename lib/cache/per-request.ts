// Work done once per request, however many parts of the page ask for it: the page, its metadata and
// its toolbar each want the view's count and description, and React renders them apart.
import { cache } from 'react';
import { argumentsKey } from './arguments';

// A fresh map for each request (React's cache() is scoped to one render); outside a render, e.g. in
// a script or a unit test, each call gets its own, so nothing is shared.
const memo = cache(() => new Map<string, Promise<unknown>>());

/**
 * `work`, run once per request for the same arguments (compared by value, as JSON). A call given a
 * client other than the shared one (a transaction, a test's database) always runs.
 */
export function oncePerRequest<A extends unknown[], R>(name: string, work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A): Promise<R> => {
    const argsKey = argumentsKey(args);
    if (argsKey === null) return work(...args);
    const key = `${name}|${argsKey}`;
    const requestMemo = memo();
    const known = requestMemo.get(key) as Promise<R> | undefined;
    if (known) return known;
    const running = work(...args);
    requestMemo.set(key, running);
    return running;
  };
}
