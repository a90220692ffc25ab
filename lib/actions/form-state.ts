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

/**
 * The hidden fields that name what an editor form saves. They travel as ordinary form fields to an
 * unbound action rather than as arguments bound with `.bind`: React cannot match the state of a
 * plain (no-JavaScript) form POST to an action bound anew on every render, and re-renders it forever.
 * The action checks them like any other input.
 */
export const targetFields = { entity: 'record_entity', key: 'record_key', retire: 'record_retire', recommendation: 'recommendation_number' } as const;

/** One text field of a submitted form, or '' when it is missing, repeated or a file. */
export function textField(form: FormData, name: string): string {
  const all = form.getAll(name);
  return all.length === 1 && typeof all[0] === 'string' ? all[0] : '';
}

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
