import type { Dropped } from '@/lib/filters/params';

/** Tells the reader which URL parameters were ignored, instead of failing or hiding it. */
export function DroppedNotice({ dropped, message }: { dropped: Dropped; message: (params: string) => string }) {
  if (!dropped.length) return null;
  const params = dropped.map((d) => `${d.key}=${d.value}`).join(', ');
  return (
    <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {message(params)}
    </p>
  );
}
