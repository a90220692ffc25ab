// Large exports take turns. An export of tens of thousands of deals reads the database for seconds;
// ten at once would queue every page's queries behind theirs. Each instance lets a few run, and the
// rest wait their turn, first come first served, holding nothing while they wait.

export type Turns = {
  /** Resolves with a release function once it is this caller's turn; rejects if `signal` aborts first. */
  take(signal?: AbortSignal): Promise<() => void>;
  readonly running: number;
  readonly waiting: number;
};

export function createTurns(limit: number): Turns {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A turn limit is a whole number of at least 1, not ${limit}.`);
  let running = 0;
  const queue: Array<() => void> = [];

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) next();
      else running -= 1;
    };
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
    take(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (running < limit) {
        running += 1;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        // A released turn passes straight to the next in line: `running` stays the same.
        const start = () => {
          signal?.removeEventListener('abort', abandon);
          resolve(releaser());
        };
        const abandon = () => {
          queue.splice(queue.indexOf(start), 1);
          reject(signal?.reason);
        };
        queue.push(start);
        signal?.addEventListener('abort', abandon, { once: true });
      });
    },
  };
}

/** The exports of this instance that read more than one batch: two at a time (the machine has two cores). */
export const exportTurns = createTurns(Number(process.env.TIES_EXPORT_TURNS) > 0 ? Math.floor(Number(process.env.TIES_EXPORT_TURNS)) : 2);
