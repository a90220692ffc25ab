import type { Option } from '@/lib/editing/types';

/** The look of every text field and select of the record forms. */
export const inputClass = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';

/** A select's options, after its empty choice (a prompt, or a value such as "not stated"). */
export function Choices({ options, empty }: { options?: readonly Option[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
