// How a register revision is worded for readers, in their language: the history page and the
// release changelog's draft both name a changed field here.
import { hasMessage, translatorFor } from '@/lib/i18n/translator';
import type { Entity } from './types';

/** A field's label in the record's editor, or its name where the catalogue has none. */
export function revisionFieldName(locale: string, entity: Entity, field: string): string {
  return hasMessage(locale, `editing.fields.${entity}.${field}`) ? translatorFor(locale, `editing.fields.${entity}`)(field) : field;
}
