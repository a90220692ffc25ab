// GET /api/releases answers with this; the OpenAPI document describes it, and the API test checks real answers against it.
import { z } from 'zod';

const releaseFileSchema = z.object({ name: z.string(), mediaType: z.string(), size: z.int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/), url: z.string() });

export const releasesSchema = z.object({
  releases: z.array(
    z.object({
      version: z.string().regex(/^\d{4}\.\d{1,3}$/),
      title: z.string(),
      publishedAt: z.iso.datetime(),
      publishedBy: z.string(),
      url: z.string(),
      changelog: z.string(),
      changelogKo: z.string().nullable(),
      download: releaseFileSchema.nullable(),
      files: z.array(releaseFileSchema),
    }),
  ),
});
