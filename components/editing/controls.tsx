import { LabelledField } from '@/components/ui/labelled-field';
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

type PartProps = {
  /** Its problems' key, and the id its error line is found by (`events.2.date`). */
  id: string;
  /** Its name in the form: one per row (`events.date`) or per link (`instruments.edf.basis`). */
  name: string;
  label: string;
  help?: string;
  kind: 'text' | 'textarea' | 'select';
  value: string;
  errors?: string[];
  options?: readonly Option[];
  empty?: string;
  maxLength?: number;
  lang?: string;
};

/** One part of a row of inputs (an event's date, a link's basis), with its label, help and errors. */
export function PartField({ id, name, label, help, kind, value, errors, options, empty = '', maxLength, lang }: PartProps) {
  const common = { name, defaultValue: value, 'aria-describedby': [`${id}-error`, help ? `${id}-help` : ''].filter(Boolean).join(' '), 'aria-invalid': Boolean(errors?.length), className: inputClass, lang };
  return (
    <LabelledField id={id} label={label} help={help} errors={errors}>
      {kind === 'select' ? (
        <select {...common}>
          <Choices options={options} empty={empty} />
        </select>
      ) : kind === 'textarea' ? (
        <textarea {...common} rows={2} maxLength={maxLength} />
      ) : (
        <input {...common} type="text" maxLength={maxLength} />
      )}
    </LabelledField>
  );
}
