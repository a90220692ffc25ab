/** A titled section of a detail page; says so in words when it has nothing to list. */
export function DetailSection({
  id,
  title,
  empty,
  isEmpty = false,
  children,
}: {
  id: string;
  title: string;
  empty?: string;
  isEmpty?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-4 space-y-2">
      <h2 id={`${id}-heading`}>{title}</h2>
      {isEmpty ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p> : children}
    </section>
  );
}
