import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/**
 * A form control with its label, help line and errors. The control inside names them in its
 * aria-describedby as `${id}-help` and `${id}-error`.
 */
export function LabelledField({ id, label, help, errors, required, children }: { id: string; label: string; help?: string; errors?: string[]; required?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label className="block text-sm">
        <span className="font-medium">
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </span>
        {children}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {help}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
