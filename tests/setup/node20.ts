// Vitest 5's reporter prints failures with Map.groupBy, which Node 20 lacks; without this a failing
// test is reported as an "Unhandled Error" instead of its diff. Runs in the main process.
export default function setup() {
  const MapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
  if (typeof MapWithGroupBy.groupBy === 'function') return;
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
