// The messages in lib/schemas stay English, for the API and the command line; a form shows each
// problem in the reader's language instead, worded by the field and the kind of issue.
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** All field errors of a refused form in the reader's language, each message once per field. */
export async function translatedFieldErrors(issues: readonly Issue[]): Promise<Record<string, string[]>> {
  const t = await getTranslations('formErrors');
  const message = (issue: Issue): string => {
    if (issue.code === 'too_big' && issue.origin === 'string') return t('tooLong', { max: Number(issue.maximum) });
    const tooShort = issue.code === 'too_small' ? Number(issue.minimum) : null;
    switch (String(issue.path[0] ?? '')) {
      case 'email':
        return t('email');
      case 'password':
        // Signing in only asks for a password; a new one must be long enough.
        return tooShort !== null && tooShort > 1 ? t('newPassword', { min: tooShort }) : t('password');
      case 'name':
        return t('name');
      case 'note':
        return tooShort !== null ? t('note', { min: tooShort }) : t('invalid');
      case 'evidenceUrl':
        return t('evidenceUrl');
      case 'stage':
        return t('stage');
      case 'doneMilestones':
        return t('milestones');
      default:
        return t('invalid');
    }
  };
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const list = (errors[String(issue.path[0] ?? '')] ??= []);
    const text = message(issue);
    if (!list.includes(text)) list.push(text);
  }
  return errors;
}
