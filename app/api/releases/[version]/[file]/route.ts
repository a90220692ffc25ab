import { apiError, withDatabase } from '@/lib/api';
import { getReleaseFile } from '@/lib/releases/queries';
import { VERSION_PATTERN } from '@/lib/releases/version';

export const dynamic = 'force-dynamic';

/**
 * One file of a release, exactly as published (ties-<version>.zip holds them all). A release never
 * changes, so its files may be cached for good; the ETag is the file's SHA-256.
 */
export const GET = withDatabase(async (_request: Request, { params }: RouteContext<'/api/releases/[version]/[file]'>) => {
  const { version, file } = await params;
  const found = VERSION_PATTERN.test(version) ? await getReleaseFile(version, file) : null;
  if (!found) return apiError(404, 'There is no such release, or no such file in it. /api/releases lists every release and its files.');
  const text = found.mediaType.startsWith('text/') || found.mediaType === 'application/json' || found.mediaType === 'application/yaml';
  return new Response(found.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': text ? `${found.mediaType}; charset=utf-8` : found.mediaType,
      'Content-Length': String(found.size),
      'Content-Disposition': `attachment; filename="${found.name}"`,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${found.sha256}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
