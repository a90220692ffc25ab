'use client';

import { useEffect, useState } from 'react';

// A change of view replaces the page's tree, and with it the element that had focus. The control
// the reader used is remembered here (module state outlives the tree) until the new view mounts.
let pending: string | null = null;

const controlOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-filter-control]') : null);

type Props = {
  /** The view's canonical query: a new one means the filters changed. */
  view: string;
  /** What is announced once the new view is in place ("3 deals"). */
  message: string;
  /** The results' heading, focused when the control used is gone (e.g. "Clear all filters"). */
  headingId: string;
};

/**
 * After a filter change made on this page, puts focus back on the control that was used (or on the
 * results' heading) and announces the new count in a live region. Also lets Space toggle a facet
 * link, as it does a checkbox. Without JavaScript the filters are plain links and a plain form.
 */
export function FilterFocus({ view, message, headingId }: Props) {
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const remember = (event: Event) => {
      const control = controlOf(event.target);
      if (control) pending = control.dataset.filterControl ?? null;
    };
    const toggle = (event: KeyboardEvent) => {
      const control = controlOf(event.target);
      if (event.key !== ' ' || !control || control.getAttribute('role') !== 'checkbox') return;
      event.preventDefault();
      control.click();
    };
    document.addEventListener('click', remember, true);
    document.addEventListener('change', remember, true);
    document.addEventListener('keydown', toggle);
    return () => {
      document.removeEventListener('click', remember, true);
      document.removeEventListener('change', remember, true);
      document.removeEventListener('keydown', toggle);
    };
  }, []);

  useEffect(() => {
    if (pending === null) return;
    const used = pending;
    pending = null;
    const control = document.querySelector<HTMLElement>(`[data-filter-control="${CSS.escape(used)}"]`);
    (control ?? document.getElementById(headingId))?.focus();
    // Filled after the region is in the page, so screen readers hear it as a change.
    const timer = setTimeout(() => setAnnounced(message), 150);
    return () => clearTimeout(timer);
  }, [view, message, headingId]);

  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="filter-announcement">
      {announced}
    </p>
  );
}
