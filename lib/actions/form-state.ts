// The state a form action returns to `useActionState`: all field errors, a message, and what the
// user typed, so a refused form comes back filled in.
export type FormState = {
  status: 'idle' | 'error' | 'conflict' | 'saved';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
  details?: string[];
  /** New on every refused submission, so the form remounts with the kept values as its defaults. */
  attempt?: string;
};

export const idleState: FormState = { status: 'idle' };

/** A refused form's state: the message and errors, the values as typed, and a fresh attempt id. */
export function refused(form: FormData, state: Omit<FormState, 'values' | 'attempt'>): FormState {
  return { ...state, values: typedValues(form), attempt: crypto.randomUUID() };
}

/** The submitted values, kept as typed (repeated fields as arrays; passwords never echoed). */
export function typedValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$') || key === 'password') continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}
