import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

type ResultGroupProps = {
  id: string;
  /** The kind and its count, e.g. "Deals (3)". */
  heading: string;
  items: Array<{ key: string; content: ReactNode }>;
  /** A link to the kind's own list, filtered by the search, when it has more than are shown. */
  more?: { href: string; label: string } | { text: string };
};

/** One kind of result on /search: its heading, a few results, and where the rest are. */
export function ResultGroup({ id, heading, items, more }: ResultGroupProps) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="space-y-2" data-search-kind={id}>
      <h2 id={`${id}-heading`} className="text-lg">
        {heading}
      </h2>
      <ul className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {items.map((item) => (
          <li key={item.key} className="py-2">
            {item.content}
          </li>
        ))}
      </ul>
      {more ? <p className="text-sm">{'href' in more ? <Link href={more.href}>{more.label}</Link> : more.text}</p> : null}
    </section>
  );
}
