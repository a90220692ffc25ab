// Every mention of an organisation links to its page, /organisations/{slug}, in the reader's language.
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';

export type LinkedOrganisation = { slug: string; name: string; nameKo?: string | null };

/** An organisation's name, in the page's language, linking to its page. */
export function OrganisationLink({ organisation, locale, className }: { organisation: LinkedOrganisation; locale: string; className?: string }) {
  return (
    <Link href={`/organisations/${organisation.slug}`} className={className} data-organisation={organisation.slug}>
      <LocalisedText locale={locale} en={organisation.name} ko={organisation.nameKo} />
    </Link>
  );
}

/** Several organisations, each linked, separated by commas. */
export function OrganisationLinks({ organisations, locale }: { organisations: readonly LinkedOrganisation[]; locale: string }) {
  return (
    <>
      {organisations.map((o, i) => (
        <span key={o.slug}>
          {i > 0 ? ', ' : null}
          <OrganisationLink organisation={o} locale={locale} />
        </span>
      ))}
    </>
  );
}
