// Publishing a release: the version checked (well formed, new, greater than every earlier one), the
// package built, then the release and all its files written in one transaction. Nothing here, or
// anywhere in Ties, changes or deletes a release once written; the database refuses it too.
import { z } from 'zod';
import type { DatabaseTarget } from '@/lib/database-url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { buildPackage } from './package';
import { versionProblem } from './version';

export const MAX_CHANGELOG = 200_000;

export const publishSchema = z.object({
  version: z.string().trim(),
  changelog: z.string().trim(),
  changelogKo: z.string().trim().optional(),
});
export type PublishInput = z.input<typeof publishSchema>;

export type PublishProblem = 'versionMalformed' | 'versionTaken' | 'versionNotGreater' | 'changelogRequired' | 'changelogTooLong';
export type PublishResult = { ok: true; version: string; id: number } | { ok: false; problems: Partial<Record<'version' | 'changelog' | 'changelogKo', PublishProblem>> };

const versionProblems = { malformed: 'versionMalformed', taken: 'versionTaken', notGreater: 'versionNotGreater' } as const;

/** Why the input cannot be published over `existing` versions; empty when it can. */
export function publishProblems(input: z.output<typeof publishSchema>, existing: readonly string[]): Extract<PublishResult, { ok: false }>['problems'] {
  const problems: Extract<PublishResult, { ok: false }>['problems'] = {};
  const version = versionProblem(input.version, existing);
  if (version) problems.version = versionProblems[version];
  if (!input.changelog) problems.changelog = 'changelogRequired';
  else if (input.changelog.length > MAX_CHANGELOG) problems.changelog = 'changelogTooLong';
  if ((input.changelogKo ?? '').length > MAX_CHANGELOG) problems.changelogKo = 'changelogTooLong';
  return problems;
}

/** Writing a large database file can take longer than Prisma's 5 s default; a release is rare, so it may. */
const RELEASE_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'P2002';

/** Publishes a release of the data as it stands now; see above. */
export async function publishRelease(
  client: PrismaClient,
  target: DatabaseTarget,
  raw: PublishInput,
  { publishedBy, origin, now = new Date() }: { publishedBy: string; origin: string; now?: Date },
): Promise<PublishResult> {
  const input = publishSchema.parse(raw);
  const existing = async () => (await client.release.findMany({ select: { version: true } })).map((r) => r.version);
  const problems = publishProblems(input, await existing());
  if (Object.keys(problems).length) return { ok: false, problems };

  const files = await buildPackage(client, target, { version: input.version, publishedAt: now, publishedBy, origin });
  try {
    return await client.$transaction(async (tx) => {
      // Another admin may have published meanwhile: check again, inside the transaction.
      const again = versionProblem(input.version, (await tx.release.findMany({ select: { version: true } })).map((r) => r.version));
      if (again) return { ok: false, problems: { version: versionProblems[again] } } as const;
      const release = await tx.release.create({
        data: {
          version: input.version,
          title: `Ties ${input.version}`,
          publishedAt: now,
          changelog: input.changelog,
          changelogKo: input.changelogKo || null,
          publishedBy,
          files: { create: files.map((f) => ({ name: f.name, mediaType: f.mediaType, bytes: f.bytes as Uint8Array<ArrayBuffer>, sha256: f.sha256, size: f.size })) },
        },
        select: { id: true, version: true },
      });
      return { ok: true, ...release } as const;
    }, RELEASE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problems: { version: 'versionTaken' } };
    throw error;
  }
}
