// Parsing a submitted form with its zod schema, in the spirit of saas-starter's validatedAction: a
// refused form comes back with ALL its field errors, problem codes worded once (lib/i18n/problems.ts),
// and with what the user typed. staffAction (staff-action.ts) adds the session check for editors.
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { wordProblems } from '@/lib/i18n/problems';
import { type FieldErrors, zodProblems } from '@/lib/problems';
import { orRefused } from './database-refusal';
import { type FormState, refused } from './form-state';

type Wording = {
  /** Say "Some fields need attention." above the form as well (the sign-in form marks its fields alone). */
  summary?: boolean;
};

/** The form refused for `errors`: each field's problems in the reader's language, the values as typed. */
export async function refusedFor(form: FormData, errors: FieldErrors, { summary = false }: Wording = {}): Promise<FormState> {
  const t = await getTranslations('formErrors');
  const locale = await getLocale();
  return refused(form, { status: 'error', ...(summary ? { message: t('summary') } : {}), fieldErrors: wordProblems(errors, locale) });
}

/** `input` parsed with `schema`: its data, or the refused form with every field's problems. */
export async function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  form: FormData,
  wording: Wording = {},
): Promise<{ ok: true; data: z.output<Schema> } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, state: await refusedFor(form, zodProblems(parsed.error.issues), wording) };
}

/**
 * A `useActionState` action that reads the form's input (`read`), parses it with `schema` and runs
 * `work` with the data. A refused parse, or a database that is busy, read-only or unreachable,
 * answers with the form again; any other error goes on as thrown.
 */
export function validatedAction<Schema extends z.ZodType>(
  schema: Schema,
  read: (form: FormData) => z.input<Schema>,
  work: (data: z.output<Schema>, form: FormData) => Promise<FormState>,
  wording: Wording = {},
): (previous: FormState, form: FormData) => Promise<FormState> {
  return (_previous, form) =>
    orRefused(
      async () => {
        const parsed = await parseForm(schema, read(form), form, wording);
        return parsed.ok ? work(parsed.data, form) : parsed.state;
      },
      (message) => refused(form, { status: 'error', message }),
    );
}
