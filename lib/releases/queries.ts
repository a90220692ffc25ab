// Reading releases: the list (newest first), one release with its files, and one file's bytes.
// Only reads: a release is never changed or deleted (see publish.ts).
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { compareVersions } from './version';
import { zipName } from './package';

const fileSummary = { name: true, mediaType: true, sha256: true, size: true } as const;
const releaseSummary = { id: true, version: true, title: true, publishedAt: true, changelog: true, changelogKo: true, publishedBy: true } as const;

export type ReleaseFileSummary = { name: string; mediaType: string; sha256: string; size: number };
export type ReleaseSummary = { id: number; version: string; title: string; publishedAt: Date; changelog: string; changelogKo: string | null; publishedBy: string; files: ReleaseFileSummary[] };

/** Every release, newest first, with its files (not their bytes). */
export async function listReleases(client: PrismaClient = db): Promise<ReleaseSummary[]> {
  const releases = await client.release.findMany({ select: { ...releaseSummary, files: { select: fileSummary, orderBy: { id: 'asc' } } } });
  return releases.sort((a, b) => compareVersions(b.version, a.version));
}

export async function getRelease(version: string, client: PrismaClient = db): Promise<ReleaseSummary | null> {
  return client.release.findUnique({ where: { version }, select: { ...releaseSummary, files: { select: fileSummary, orderBy: { id: 'asc' } } } });
}

/** The newest release's publication, which the next release's changelog starts after. */
export async function latestRelease(client: PrismaClient = db): Promise<{ version: string; publishedAt: Date } | null> {
  const all = await client.release.findMany({ select: { version: true, publishedAt: true } });
  return all.sort((a, b) => compareVersions(b.version, a.version))[0] ?? null;
}

export async function allVersions(client: PrismaClient = db): Promise<string[]> {
  return (await client.release.findMany({ select: { version: true } })).map((r) => r.version);
}

/** One file of a release, bytes and all. */
export async function getReleaseFile(version: string, name: string, client: PrismaClient = db) {
  return client.releaseFile.findFirst({ where: { name, release: { version } }, select: { ...fileSummary, bytes: true } });
}

/** The zip that holds a release whole. */
export const zipOf = (release: Pick<ReleaseSummary, 'version' | 'files'>) => release.files.find((f) => f.name === zipName(release.version)) ?? null;

/** A release's day of publication (UTC), as the tracker's ?asof= takes it. */
export const releaseDay = (release: Pick<ReleaseSummary, 'publishedAt'>) => release.publishedAt.toISOString().slice(0, 10);
