// Applying a CSV import: all of it in one transaction, or none of it. The confirm step trusts
// nothing the browser kept: the file is read and planned again, and the writes go ahead only if
// that plan is the one the editor saw (same digest) and no row is rejected.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { type Author, Rollback, saveInTransaction } from '@/lib/editing/save';
import { isBusy } from './import-client';
import { planWork } from './plan';
import { type Pause, slicer } from './slices';
import type { ApplyResult } from './types';

/** Raised inside the transaction to roll every row back, carrying what to tell the editor. */
class ImportAbort extends Error {
  constructor(readonly result: ApplyResult) {
    super('import rolled back');
  }
}

// Long enough for 5,000 rows planned and saved in slices on a busy machine; the default (5 s) is
// meant for a single save.
const TRANSACTION = { timeout: 300_000, maxWait: 15_000 };

export type ApplyRequest = { text: string; note: string; digest: string; author: Author };

/**
 * The transaction's first statement is a write (of nothing), so on SQLite it holds the write lock
 * from the start: saves on other connections meanwhile are refused as busy, rather than one of them
 * committing while the import plans and the import then failing on its first write. (PostgreSQL
 * locks rows, not the database: there it changes nothing.)
 */
const claimWriteLock = (tx: Pick<PrismaClient, '$executeRawUnsafe'>) => tx.$executeRawUnsafe('UPDATE "Revision" SET "id" = "id" WHERE 1 = 0');

/**
 * Applies the import on `client`. The whole transaction runs on that client's connection, and
 * whatever else uses the client meanwhile runs inside it: give it a client of its own
 * (lib/import/import-client.ts), not the app's.
 */
export async function applyImport(client: PrismaClient, request: ApplyRequest, pause: Pause = slicer()): Promise<ApplyResult> {
  const { text, note, digest, author } = request;
  try {
    return await client.$transaction(async (tx): Promise<ApplyResult> => {
      await claimWriteLock(tx);
      await pause();
      const planned = await planWork(tx, text, note, pause);
      if (!planned.ok) return { ok: false, reason: 'file', problems: planned.problems };
      const { plan, layout, work } = planned;
      const rejected = plan.rows.filter((r) => r.action === 'rejected').map(({ row, key }) => ({ row, key }));
      if (rejected.length) return { ok: false, reason: 'rejected', plan, rows: rejected };
      if (plan.digest !== digest) return { ok: false, reason: 'stale', plan };

      let applied = 0;
      for (const { plan: row, values } of work) {
        if (row.action !== 'create' && row.action !== 'update') continue;
        await pause();
        const failed = new ImportAbort({ ok: false, reason: 'failed', plan, row: row.row, key: row.key });
        try {
          const result = await saveInTransaction(tx, layout.editor, {
            key: row.action === 'update' ? row.key : null,
            expectedVersion: row.version,
            values,
            note,
            author,
            viaImport: true,
          });
          if (!result.ok) throw failed;
        } catch (error) {
          // A conflict: someone saved this record between the plan and its write.
          if (error instanceof Rollback) throw failed;
          throw error;
        }
        applied += 1;
      }
      return { ok: true, plan, applied };
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof ImportAbort) return error.result;
    if (isBusy(error)) {
      console.warn('CSV import not applied: another connection was writing to the database', error);
      return { ok: false, reason: 'busy' };
    }
    throw error;
  }
}
