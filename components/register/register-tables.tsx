import { getLocale, getTranslations } from 'next-intl/server';
import { LocalisedText } from '@/components/ui/localised-text';
import { editPath, historyPath } from '@/lib/records/registry';
import type { Entity } from '@/lib/editing/types';
import { Link } from '@/lib/i18n/navigation';
import type { Register } from '@/lib/queries/register';

const cell = 'px-2 py-1.5 align-top';

/** Edit and history links for one row; the row's name says which record they belong to. */
async function RowLinks({ entity, recordKey, name }: { entity: Entity; recordKey: string; name: string }) {
  const t = await getTranslations('editing');
  return (
    <td className={`${cell} whitespace-nowrap`}>
      <Link href={editPath(entity, recordKey)} aria-label={`${t('edit')}: ${name}`}>
        {t('edit')}
      </Link>
      {' · '}
      <Link href={historyPath(entity, recordKey)} aria-label={`${t('history')}: ${name}`}>
        {t('history')}
      </Link>
    </td>
  );
}

function Section({ id, title, add, addHref, children }: { id: string; title: string; add: string; addHref: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`}>{title}</h2>
        <Link href={addHref} className="text-sm">
          {add}
        </Link>
      </div>
      <div className="overflow-x-auto">{children}</div>
    </section>
  );
}

const Head = ({ columns }: { columns: string[] }) => (
  <thead className="border-b border-zinc-300 dark:border-zinc-700">
    <tr>
      {columns.map((c) => (
        <th key={c} scope="col" className="px-2 py-1.5">
          {c}
        </th>
      ))}
    </tr>
  </thead>
);

const rowClass = (retired: boolean) => `scroll-mt-4 border-b border-zinc-100 target:bg-blue-50 dark:border-zinc-900 dark:target:bg-blue-950 ${retired ? 'text-zinc-500 dark:text-zinc-400' : ''}`;

/** The organisations, countries and key figures, each with its edit and history links. */
export async function RegisterTables({ register: r }: { register: Register }) {
  const locale = await getLocale();
  const t = await getTranslations('register');
  const vocab = await getTranslations('vocab');
  const Retired = ({ when }: { when: Date | null }) => (when ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-950 dark:bg-amber-900 dark:text-amber-100">{t('retired')}</span> : null);

  return (
    <div className="space-y-10">
      <Section id="organisations" title={t('organisations')} add={t('addOrganisation')} addHref="/register/organisations/new">
        <table className="w-full text-left text-sm" data-testid="register-organisations">
          <Head columns={[t('name'), t('kind'), t('origin'), t('country'), t('actions')]} />
          <tbody>
            {r.organisations.map((o) => (
              <tr key={o.slug} id={`organisations-${o.slug}`} className={rowClass(Boolean(o.retiredAt))}>
                <th scope="row" className={`${cell} font-medium`}>
                  <LocalisedText locale={locale} en={o.name} ko={o.nameKo} />
                  <Retired when={o.retiredAt} />
                </th>
                <td className={cell}>{vocab(`organisationKind.${o.kind}`)}</td>
                <td className={cell}>{vocab(`organisationOrigin.${o.origin}`)}</td>
                <td className={cell}>{o.country ? <LocalisedText locale={locale} en={o.country.name} ko={o.country.nameKo} /> : '—'}</td>
                <RowLinks entity="organisation" recordKey={o.slug} name={o.name} />
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section id="countries" title={t('countries')} add={t('addCountry')} addHref="/register/countries/new">
        <table className="w-full text-left text-sm" data-testid="register-countries">
          <Head columns={[t('name'), t('code'), t('memberships'), t('actions')]} />
          <tbody>
            {r.countries.map((c) => {
              const memberships = [c.eu ? 'EU' : '', c.nato ? 'NATO' : '', c.ip4 ? 'IP4' : ''].filter(Boolean);
              return (
                <tr key={c.code} id={`countries-${c.code}`} className={rowClass(false)}>
                  <th scope="row" className={`${cell} font-medium`}>
                    <LocalisedText locale={locale} en={c.name} ko={c.nameKo} />
                  </th>
                  <td className={cell}>{c.code}</td>
                  <td className={cell}>{memberships.length ? memberships.join(', ') : t('none')}</td>
                  <RowLinks entity="country" recordKey={c.code} name={c.name} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section id="key-figures" title={t('keyFigures')} add={t('addKeyFigure')} addHref="/register/key-figures/new">
        <table className="w-full text-left text-sm" data-testid="register-key-figures">
          <Head columns={[t('label'), t('value'), t('source'), t('actions')]} />
          <tbody>
            {r.keyFigures.map((k) => (
              <tr key={k.slug} id={`key-figures-${k.slug}`} className={rowClass(Boolean(k.retiredAt))}>
                <th scope="row" className={`${cell} font-medium`}>
                  <LocalisedText locale={locale} en={k.label} ko={k.labelKo} />
                  <Retired when={k.retiredAt} />
                </th>
                <td className={cell}>{k.valueText}</td>
                <td className={cell}>
                  <Link href={`/sources#${k.source.slug}`}>{k.source.title}</Link>
                </td>
                <RowLinks entity="key-figure" recordKey={k.slug} name={k.label} />
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
