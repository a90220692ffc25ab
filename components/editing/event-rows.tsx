import { FieldError } from '@/components/ui/field-error';
import { splitRows } from '@/lib/editing/rows';
import type { Option } from '@/lib/editing/types';
import { PartField } from './controls';

export type EventLabels = { row: string; date: string; dateHelp: string; stage: string; source: string; description: string; descriptionKo: string; remove: string };

/** Empty rows after the events there are: enough to add a step or two without JavaScript. */
const EMPTY_ROWS = 2;

/**
 * A deal's events as rows of inputs, one group per event, each part with its own error
 * (`events.2.date`). The action reads the rows back into a line each (lib/actions/form-rows.ts);
 * empty rows and rows ticked "remove" are left out, so a refused form shows the rows it kept.
 */
export function EventRows({ name, value, sources, stages, errors, labels, choose }: { name: string; value: string; sources?: Option[]; stages?: Option[]; errors: Record<string, string[] | undefined>; labels: EventLabels; choose: string }) {
  const rows = [...splitRows(value), ...Array.from({ length: EMPTY_ROWS }, (): string[] => [])];
  return (
    <div className="mt-1 space-y-3">
      {rows.map(([date = '', stage = '', source = '', description = '', descriptionKo = ''], i) => {
        const n = i + 1;
        const id = (part: string) => `${name}.${n}.${part}`;
        const part = (key: string, value: string) => ({ id: id(key), name: `${name}.${key}`, value, errors: errors[id(key)] });
        return (
          <fieldset key={i} className="space-y-2 rounded border border-zinc-300 p-2 dark:border-zinc-700" data-event-row={n} aria-describedby={`${name}.${n}-error`}>
            <legend className="px-1 font-medium">{labels.row.replace('{n}', String(n))}</legend>
            <div className="grid gap-2 sm:grid-cols-3">
              <PartField {...part('date', date)} kind="text" label={labels.date} help={labels.dateHelp} maxLength={10} />
              <PartField {...part('stage', stage)} kind="select" label={labels.stage} options={stages} empty={choose} />
              <PartField {...part('source', source)} kind="select" label={labels.source} options={sources} empty={choose} />
            </div>
            <PartField {...part('description', description)} kind="text" label={labels.description} maxLength={1000} />
            <PartField {...part('description_ko', descriptionKo)} kind="text" label={labels.descriptionKo} maxLength={1000} lang="ko" />
            {i < rows.length - EMPTY_ROWS ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`${name}.remove`} value={String(i)} />
                {labels.remove}
              </label>
            ) : null}
            <FieldError id={`${name}.${n}-error`} errors={errors[`${name}.${n}`]} />
          </fieldset>
        );
      })}
    </div>
  );
}
