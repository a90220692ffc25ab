// A release's number: the year, a dot and the year's release number ("2026.2"), each release's
// greater than the last. Numbers compare as numbers: 2026.10 comes after 2026.9.
import { z } from 'zod';

export const VERSION_PATTERN = /^\d{4}\.\d{1,3}$/;

export const versionSchema = z.string().trim().regex(VERSION_PATTERN);

/** A version's two numbers, or null if it is not one. */
export function versionParts(version: string): { year: number; number: number } | null {
  if (!VERSION_PATTERN.test(version)) return null;
  const [year, number] = version.split('.').map(Number) as [number, number];
  return { year, number };
}

/** Negative if `a` comes before `b`, positive after, 0 for the same release (2026.2 and 2026.02). */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb) throw new Error(`Not a release version: "${pa ? b : a}".`);
  return pa.year - pb.year || pa.number - pb.number;
}

/** The greatest of the versions, or null for none. */
export function latestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>((max, v) => (max === null || compareVersions(v, max) > 0 ? v : max), null);
}

/** Why a version cannot be the next release, or null if it can. */
export function versionProblem(version: string, existing: readonly string[]): 'malformed' | 'taken' | 'notGreater' | null {
  if (!VERSION_PATTERN.test(version)) return 'malformed';
  if (existing.some((v) => compareVersions(v, version) === 0)) return 'taken';
  const latest = latestVersion(existing);
  return latest !== null && compareVersions(version, latest) <= 0 ? 'notGreater' : null;
}

/** The version to suggest next: this year's next number (2026.1 for a year's first). */
export function nextVersion(existing: readonly string[], now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const latest = latestVersion(existing);
  const parts = latest ? versionParts(latest)! : null;
  if (!parts || parts.year < year) return `${year}.1`;
  return `${parts.year}.${parts.number + 1}`;
}
