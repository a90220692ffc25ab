import type { MilestoneProgress } from '@/lib/tracker/progress';

/** A progress bar that screen readers read as a value, with the numbers beside it. */
export function ProgressBar({ progress, label }: { progress: MilestoneProgress; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={label}
        aria-label={label}
        className="h-2 w-24 overflow-hidden rounded bg-zinc-200 print:border print:border-black dark:bg-zinc-800"
      >
        <div className="h-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${progress.percent}%` }} />
      </div>
      <span className="text-xs tabular-nums text-zinc-700 dark:text-zinc-300">{label}</span>
    </div>
  );
}
