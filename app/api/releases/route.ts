import { withDatabase } from '@/lib/api';
import { releaseFileHref } from '@/lib/releases/format';
import { listReleases, zipOf } from '@/lib/releases/queries';
import { publicOrigin } from '@/lib/url';

export const dynamic = 'force-dynamic';

/** Every release, newest first: its number, day, changelogs, and each file with its address, size and SHA-256. */
export const GET = withDatabase(async (request: Request) => {
  const origin = publicOrigin(request.headers, request.url);
  const releases = await listReleases();
  const file = (version: string, f: { name: string; mediaType: string; size: number; sha256: string }) => ({
    name: f.name,
    mediaType: f.mediaType,
    size: f.size,
    sha256: f.sha256,
    url: `${origin}${releaseFileHref(version, f.name)}`,
  });
  return Response.json(
    {
      releases: releases.map((r) => {
        const zip = zipOf(r);
        return {
          version: r.version,
          title: r.title,
          publishedAt: r.publishedAt.toISOString(),
          publishedBy: r.publishedBy,
          url: `${origin}/releases/${r.version}`,
          changelog: r.changelog,
          changelogKo: r.changelogKo,
          download: zip ? file(r.version, zip) : null,
          files: r.files.map((f) => file(r.version, f)),
        };
      }),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
