'use server';

// Publishing a release from /admin/releases: admins only. A refusal (not an admin, a version that is
// malformed, taken or not greater than the last, an empty changelog, a busy database) answers with
// the form again, the changelog as typed. There is no action to change or delete a release.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { databaseTarget } from '@/lib/database-url';
import { db } from '@/lib/db';
import { redirect } from '@/lib/i18n/navigation';
import { publishRelease } from '@/lib/releases/publish';
import { publicOrigin } from '@/lib/url';
import { type FormState, refused, textField } from './form-state';
import { staffAction } from './staff-action';

export const publishReleaseAction = staffAction<FormState>(
  { role: 'admin', refuse: (form, message) => refused(form, { status: 'error', message }), denied: async () => (await getTranslations('releases'))('adminsOnly') },
  async (admin, form) => {
    const t = await getTranslations('releases');
    const words = {
      versionMalformed: t('problems.versionMalformed'),
      versionTaken: t('problems.versionTaken'),
      versionNotGreater: t('problems.versionNotGreater'),
      changelogRequired: t('problems.changelogRequired'),
      changelogTooLong: t('problems.changelogTooLong'),
    };
    const result = await publishRelease(
      db,
      databaseTarget(),
      { version: textField(form, 'version'), changelog: textField(form, 'changelog'), changelogKo: textField(form, 'changelogKo') },
      { publishedBy: admin.name, origin: publicOrigin(await headers()) },
    );
    if (!result.ok) {
      const fieldErrors = Object.fromEntries(Object.entries(result.problems).map(([field, problem]) => [field, [words[problem]]]));
      return refused(form, { status: 'error', message: t('refused'), fieldErrors });
    }
    revalidatePath('/[locale]/releases', 'layout');
    redirect({ href: `/releases/${result.version}`, locale: await getLocale() });
    return { status: 'saved' };
  },
);
