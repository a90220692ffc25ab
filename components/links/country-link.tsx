// Every mention of a country links to its page, /countries/{code}, in the reader's language.
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';

export type LinkedCountry = { code: string; name: string; nameKo?: string | null };

/** A country's name, in the page's language, linking to its page. */
export function CountryLink({ country, locale, className }: { country: LinkedCountry; locale: string; className?: string }) {
  return (
    <Link href={`/countries/${country.code.toLowerCase()}`} className={className} data-country={country.code}>
      <LocalisedText locale={locale} en={country.name} ko={country.nameKo} />
    </Link>
  );
}
