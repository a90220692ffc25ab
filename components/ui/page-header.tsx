export function PageHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <header className="mb-6 max-w-3xl space-y-2">
      <h1>{title}</h1>
      {intro ? <p className="text-zinc-700 dark:text-zinc-300">{intro}</p> : null}
    </header>
  );
}
