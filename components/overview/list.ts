// Joins the items of a chart's text alternative the way the page's language writes a list:
// "A, B and C", "A, B 및 C".
export function joinList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { type: 'conjunction', style: 'long' }).format(items);
}
