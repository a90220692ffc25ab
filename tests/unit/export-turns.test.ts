import { describe, expect, it } from 'vitest';
import { createTurns } from '@/lib/export/turns';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('export turns', () => {
  it('lets `limit` run at once and the rest wait, first come first served', async () => {
    const turns = createTurns(2);
    const started: string[] = [];
    const take = (name: string) => turns.take().then((release) => (started.push(name), release));
    const a = take('a');
    const b = take('b');
    const c = take('c');
    const d = take('d');
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect([turns.running, turns.waiting]).toEqual([2, 2]);

    (await b)();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    expect([turns.running, turns.waiting]).toEqual([2, 1]);

    (await a)();
    (await c)();
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    (await d)();
    expect([turns.running, turns.waiting]).toEqual([0, 0]);
  });

  it('counts a release once, however often it is called', async () => {
    const turns = createTurns(1);
    const first = await turns.take();
    first();
    first();
    expect(turns.running).toBe(0);
    const second = await turns.take();
    const third = turns.take();
    first(); // a stale release must not let the third in beside the second
    await tick();
    expect([turns.running, turns.waiting]).toEqual([1, 1]);
    second();
    (await third)();
    expect(turns.running).toBe(0);
  });

  it('drops a waiter whose reader went away, and refuses one already gone', async () => {
    const turns = createTurns(1);
    const held = await turns.take();
    const controller = new AbortController();
    const waiting = turns.take(controller.signal);
    const after = turns.take();
    controller.abort(new Error('client closed'));
    await expect(waiting).rejects.toThrow('client closed');
    expect(turns.waiting).toBe(1);
    held();
    (await after)();
    expect(turns.running).toBe(0);
    await expect(turns.take(AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) expect(() => createTurns(limit)).toThrow(RangeError);
  });
});
