'use client';

import { type ComponentType, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BarChartProps } from './bar-chart-svg';

export type { BarChartProps, ChartDatum, ChartSeries } from './bar-chart-svg';

type ChartComponent = ComponentType<BarChartProps>;

// recharts is fetched and evaluated once, by the first chart that nears the screen. Evaluating it and
// drawing four charts while the page hydrated blocked a phone's main thread for most of a second.
let loaded: ChartComponent | null = null;
let loading: Promise<ChartComponent> | null = null;
function load(): Promise<ChartComponent> {
  if (!loading) {
    loading = import('./bar-chart-svg').then((m) => (loaded = m.BarChartSvg));
    // A failed fetch (offline, a new deployment) may be retried by the next chart that appears.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/**
 * A bar chart, drawn once it is within a screen's height of the viewport. Its box is sized on the
 * server, so drawing moves nothing; the table beside it works without this code.
 */
export function BarChart(props: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<{ Chart: ChartComponent } | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let active = true;
    const draw = () => load().then((Chart) => active && setDrawn({ Chart }), () => undefined);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void draw();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    // Printing does not scroll. With the code at hand, draw before the printed page is laid out;
    // without it, an undrawn chart leaves the printout (its caption and table remain).
    const print = () => {
      if (loaded) {
        const Chart = loaded;
        flushSync(() => setDrawn({ Chart }));
      } else void draw();
    };
    window.addEventListener('beforeprint', print);
    return () => {
      active = false;
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, []);

  return (
    <div ref={box} data-chart={drawn ? 'drawn' : 'pending'} className="size-full">
      {drawn ? <drawn.Chart {...props} /> : null}
    </div>
  );
}
