import { Link } from '@/lib/i18n/navigation';

/** A link from a number or a fact to its entry in the bibliography. */
export function SourceLink({ slug, children, label }: { slug: string; children: React.ReactNode; label?: string }) {
  return (
    <Link href={`/sources#${slug}`} aria-label={label}>
      {children}
    </Link>
  );
}
