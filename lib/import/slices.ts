// Long import work in slices. The SQLite driver answers synchronously, so an import that only
// awaited its queries would hold the event loop from its first row to its last (5,000 rows: many
// seconds in which no other request is answered). Awaiting a pause between steps gives it back.

/**
 * How long work runs before it lets other requests in. A request needs several turns of the event
 * loop (its connection, the proxy, its route, its query, its answer), each of which may wait out a
 * slice: at 20 ms, /api/health took a median 80–90 ms during a 5,000-row import and at most 152 ms;
 * at 8 ms the import takes little longer and every request stays well under 100 ms.
 */
export const SLICE_MS = 8;

/** Resolves at once within a slice; once the slice has run its time, after other work has had a turn. */
export type Pause = () => Promise<void>;

/** A pause for one piece of long work (one dry run, one apply); its first slice starts now. */
export function slicer(sliceMs = SLICE_MS): Pause {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    // setImmediate, not a resolved promise: other requests' I/O callbacks run before it fires.
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
