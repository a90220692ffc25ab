// A recommendation nobody has reviewed yet stands as its source left it: the date shown beside it is
// the source's (the paper's, October 2025), never the day the database was filled.
import { formatPartial } from '@/lib/format';
import { parsePartialDate } from '@/lib/schemas/common';

type Source = { title: string; publishedOn: string | null };

/** The first dated source's title and date in the reader's language, or null when none is dated. */
export function sourceDate(sources: readonly Source[], locale: string): { source: string; date: string } | null {
  const dated = sources.find((s) => s.publishedOn);
  if (!dated?.publishedOn) return null;
  const { date, precision } = parsePartialDate(dated.publishedOn);
  return { source: dated.title, date: formatPartial(date, precision, locale) };
}
