// A form action whose database is busy, read-only or unreachable answers with the form again, the
// editor's input kept and the reason in their language, like any other refusal: not an error page.
import { getTranslations } from 'next-intl/server';
import { type DatabaseTrouble, databaseTrouble } from '@/lib/db-errors';

/** The message (in the `database` namespace) for each kind of trouble. */
export const troubleMessage = { busy: 'busy', 'read-only': 'readOnly', unreachable: 'unreachable' } as const satisfies Record<DatabaseTrouble, string>;

/** Words a `database.*` message: in a request, in the reader's language. */
export type WordTrouble = (key: (typeof troubleMessage)[DatabaseTrouble]) => Promise<string>;

const inReadersLanguage: WordTrouble = async (key) => {
  const t = await getTranslations('database');
  return t(key);
};

/** The reader's words for `error` if it says the database is busy, read-only or unreachable; null for any other error. */
export async function databaseProblem(error: unknown, word: WordTrouble = inReadersLanguage): Promise<string | null> {
  const trouble = databaseTrouble(error);
  if (!trouble) return null;
  console.warn(`A form was refused: the database is ${trouble}.`, error instanceof Error ? error.message.trim().split('\n').at(-1) : error);
  return word(troubleMessage[trouble]);
}

/**
 * Runs a form action's work; if the database refuses it as busy, read-only or unreachable, answers
 * `refusal(message)` instead. Any other error (a redirect too) goes on as thrown.
 */
export async function orRefused<S>(work: () => Promise<S>, refusal: (message: string) => S, word: WordTrouble = inReadersLanguage): Promise<S> {
  try {
    return await work();
  } catch (error) {
    const message = await databaseProblem(error, word);
    if (message === null) throw error;
    return refusal(message);
  }
}
