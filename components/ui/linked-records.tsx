// Lists of linked recommendations and challenges, shared by the deal and instrument pages.
import { LocalisedText } from '@/components/ui/localised-text';
import { Link } from '@/lib/i18n/navigation';

import type { ReactNode } from 'react';

type Titled = { title: string; titleKo: string | null };

/** `basis` gives what a link rests on, shown after it (a deal's links carry their claims). */
export function RecommendationList({
  items,
  locale,
  label,
  basis,
}: {
  items: Array<Titled & { number: number }>;
  locale: string;
  label: (number: number) => string;
  basis?: (number: number) => ReactNode;
}) {
  return (
    <ul className="space-y-1">
      {items.map((r) => (
        <li key={r.number}>
          <Link href={`/recommendations/${r.number}`}>
            {label(r.number)}: <LocalisedText locale={locale} en={r.title} ko={r.titleKo} />
          </Link>
          {basis?.(r.number)}
        </li>
      ))}
    </ul>
  );
}

export function ChallengeList({
  items,
  locale,
  label,
  basis,
}: {
  items: Array<Titled & { slug: string; number: number; summary: string; summaryKo: string | null }>;
  locale: string;
  label: (number: number) => string;
  basis?: (slug: string) => ReactNode;
}) {
  return (
    <ul className="space-y-2">
      {items.map((c) => (
        <li key={c.slug}>
          <p className="font-medium">
            {label(c.number)}: <LocalisedText locale={locale} en={c.title} ko={c.titleKo} />
            {basis?.(c.slug)}
          </p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            <LocalisedText locale={locale} en={c.summary} ko={c.summaryKo} />
          </p>
        </li>
      ))}
    </ul>
  );
}
