'use client';

import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'select'>, 'onChange'> & {
  /** The address of the view each option leads to, by option value (from the server, canonical). */
  hrefs: Record<string, string>;
};

/**
 * A select in a GET form that goes to its choice's view at once, as a facet link does. Without
 * JavaScript the form's own button sends it.
 */
export function LinkSelect({ hrefs, ...props }: Props) {
  const router = useRouter();
  return (
    <select
      {...props}
      onChange={(event) => {
        const href = hrefs[event.currentTarget.value];
        if (href) router.push(href);
      }}
    />
  );
}
