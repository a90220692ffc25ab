// A read made while a save's transaction is open never sees the save's rows before they are
// committed, nor rows that never are (a save refused half way). On SQLite the whole process shares
// one connection, so this is lib/prisma-client.ts's doing; on PostgreSQL each query has its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

describe('reads beside an open write transaction', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db);
  });
  afterAll(() => temp?.dispose());

  const titleOf = async (slug: string) => (await temp.db.deal.findUniqueOrThrow({ where: { slug }, select: { title: true } })).title;

  it('see the last commit while a save is under way, then what it committed', async () => {
    const { slug, title } = await temp.db.deal.findFirstOrThrow({ select: { slug: true, title: true }, orderBy: { id: 'asc' } });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const save = temp.db.$transaction(async (tx) => {
      await tx.deal.update({ where: { slug }, data: { title: `${title} (uncommitted)` } });
      written();
      await finished;
    });
    await wrote;
    // Asked while the transaction holds its uncommitted title: answered at once with the last
    // commit (PostgreSQL), or once the save has committed, with what it committed (SQLite's one
    // connection); never with the title before it is committed.
    let committed = false;
    const during = titleOf(slug).then((seen) => ({ seen, afterCommit: committed }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await save;
    committed = true;
    const { seen, afterCommit } = await during;
    expect(seen).toBe(afterCommit ? `${title} (uncommitted)` : title);
    expect(await titleOf(slug)).toBe(`${title} (uncommitted)`);
  });

  it('never see the rows of a save that is rolled back', async () => {
    const { slug, title } = await temp.db.deal.findFirstOrThrow({ select: { slug: true, title: true }, orderBy: { id: 'desc' } });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const save = temp.db.$transaction(async (tx) => {
      await tx.deal.update({ where: { slug }, data: { title: 'A title that is never saved' } });
      written();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('refused half way');
    });
    await wrote;
    const during = titleOf(slug);
    await expect(save).rejects.toThrow('refused half way');
    expect(await during).toBe(title);
    expect(await titleOf(slug)).toBe(title);
  });
});
