// The OpenAPI 3.1 description of the API (lib/api-docs/openapi.ts); /api is the same, to read.
import { openApiDocument } from '@/lib/api-docs/openapi';

export function GET() {
  return Response.json(openApiDocument('en'), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
