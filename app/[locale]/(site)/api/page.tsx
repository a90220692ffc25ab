import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { type Operation, OperationDoc } from '@/components/api-docs/operation';
import { PageHeader } from '@/components/ui/page-header';
import { openApiDocument } from '@/lib/api-docs/openapi';
import { pageAlternates } from '@/lib/views/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/api'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'apiDocs' });
  return { title: t('pageTitle'), description: t('intro'), alternates: pageAlternates('/api', locale) };
}

/** The API described for people: the same OpenAPI document as /api/openapi.json, in the reader's language. */
export default async function ApiPage({ params }: PageProps<'/[locale]/api'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('apiDocs');
  const doc = openApiDocument(locale);
  const tags = doc.tags;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method]) => ['get', 'patch'].includes(method))
      .map(([method, operation]) => ({ path, method, operation: operation as Operation & { tags: string[] } })),
  );
  return (
    <article className="max-w-4xl">
      <PageHeader title={t('pageTitle')} intro={t('intro')} />
      <p className="mb-4">{doc.info.description}</p>
      <p className="mb-6">
        <a href="/api/openapi.json" type="application/json">
          {t('download')}
        </a>
      </p>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="mb-8 space-y-4">
          <h2 id={`tag-${tag.name}`}>{tag.description}</h2>
          {operations
            .filter((o) => o.operation.tags.includes(tag.name))
            .map((o) => (
              <OperationDoc key={`${o.method} ${o.path}`} method={o.method} path={o.path} operation={o.operation} />
            ))}
        </section>
      ))}
    </article>
  );
}
