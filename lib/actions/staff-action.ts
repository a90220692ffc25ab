// One wrapper for the form actions of signed-in staff (in the spirit of saas-starter's
// validatedActionWithUser): the session and role are checked on the server, and every refusal, a
// missing session, a missing role or a database that is busy, read-only or unreachable, answers with
// the form again, what was typed kept and the reason in the reader's language.
import { currentUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/sessions';
import { orRefused } from './database-refusal';

type Options<S> = {
  /** `admin`: only admins may; otherwise any signed-in editor (admins can do all an editor can). */
  role?: 'admin';
  /** The form's own refused state for this message. */
  refuse: (form: FormData, message: string) => S;
  /** The words for "sign in (as an admin) first", in the reader's language. */
  denied: () => Promise<string>;
};

/** A `useActionState` action that runs `work` for a signed-in user with the role; see above. Other errors go on as thrown. */
export function staffAction<S>(options: Options<S>, work: (user: SessionUser, form: FormData) => Promise<S>): (previous: S, form: FormData) => Promise<S> {
  return (_previous, form) =>
    orRefused(
      async () => {
        const user = await currentUser();
        if (!user || (options.role === 'admin' && user.role !== 'admin')) return options.refuse(form, await options.denied());
        return work(user, form);
      },
      (message) => options.refuse(form, message),
    );
}
