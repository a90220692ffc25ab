'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * On paper only: the address the page was printed from, so a printed view can be found again.
 * Read from the address bar in the browser (a print always comes after load), and kept current as
 * the reader moves between views.
 */
export function PrintedAddress({ label }: { label: string }) {
  // Reading these re-renders the line when the reader moves to another view.
  usePathname();
  useSearchParams();
  const href = useSyncExternalStore(noSubscription, () => window.location.href, () => '');
  if (!href) return null;
  return (
    <p className="print-only" data-testid="printed-address">
      {label.replace('{url}', href)}
    </p>
  );
}
