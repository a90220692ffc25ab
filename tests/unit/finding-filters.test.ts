// The /findings view in the URL (parse and build, unknown values dropped) and its facets' counts and
// filter over the seed's findings in a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFindingQuery, emptyFindingFilters, parseFindingFilters } from '@/lib/filters/findings';
import { toRawParams } from '@/lib/filters/params';
import { lists } from '@/lib/lists';
import { findingFacetList, findingWhere } from '@/lib/lists/finding-facets';
import { findingFacets, listFindings } from '@/lib/queries/findings';
import { parseSeed, seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

const parse = (query: string) => parseFindingFilters(toRawParams(new URLSearchParams(query)));

describe('the findings view in the URL', () => {
  it('reads actor and theme from their vocabularies, sorted, and builds the same address back', () => {
    const { filters, dropped } = parse('theme=remedy&actor=nato&actor=korea&q=ever-warm');
    expect(dropped).toEqual([]);
    expect(filters).toEqual({ q: 'ever-warm', actor: ['korea', 'nato'], theme: ['remedy'] });
    expect(buildFindingQuery(filters)).toBe('?q=ever-warm&actor=korea&actor=nato&theme=remedy');
    expect(parse(buildFindingQuery(filters).slice(1)).filters).toEqual(filters);
    expect(buildFindingQuery(emptyFindingFilters)).toBe('');
  });

  it('drops and reports values and keys it does not know', () => {
    const { filters, dropped } = parse('actor=china&theme=opinion&sort=title&actor=eu');
    expect(filters).toEqual({ q: undefined, actor: ['eu'], theme: [] });
    expect(dropped).toEqual([
      { key: 'sort', value: 'title' },
      { key: 'actor', value: 'china' },
      { key: 'theme', value: 'opinion' },
    ]);
  });

  it('is the list the findings specification exposes, with its facets in URL order', () => {
    expect(lists.findings.path).toBe('/findings');
    expect(lists.findings.facets.map((f) => f.key)).toEqual(['actor', 'theme']);
  });

  it('links each facet value to the view with it switched', () => {
    const [actor] = findingFacetList;
    const options = actor.results({ ...emptyFindingFilters, actor: ['eu'] }, [{ value: 'eu', count: 3 }, { value: 'nato', count: 2 }], 'en');
    expect(options.find((o) => o.value === 'eu')).toMatchObject({ selected: true, href: '/findings', label: 'The EU' });
    expect(options.find((o) => o.value === 'nato')).toMatchObject({ selected: false, href: '/findings?actor=eu&actor=nato' });
    expect(actor.results(emptyFindingFilters, [{ value: 'korea', count: 1 }], 'ko')[0]?.label).toBe('한국');
  });
});

describe('the findings’ facets over the seed', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  const data = parseSeed();
  beforeAll(async () => {
    temp = await createTempDatabase();
    await seed(temp.db, data);
  });
  afterAll(() => temp.dispose());

  const expected = (test: (f: (typeof data.findings)[number]) => boolean) => data.findings.filter(test).length;

  it('lists every finding with no filter, and a finding about several actors under each', async () => {
    expect(await listFindings(emptyFindingFilters, temp.db)).toHaveLength(data.findings.length);
    const nato = await listFindings({ ...emptyFindingFilters, actor: ['nato'] }, temp.db);
    expect(nato).toHaveLength(expected((f) => f.actors.includes('nato')));
    expect(nato.map((f) => f.slug)).toContain('eu-nato-institutional-logics');
    expect(nato.every((f) => f.actors.some((a) => a.actor === 'nato'))).toBe(true);
  });

  it('counts each value within the other filters, leaving out the facet’s own', async () => {
    const filters = { ...emptyFindingFilters, actor: ['korea' as const], theme: ['challenge' as const] };
    const facets = await findingFacets(filters, temp.db);
    const korea = (f: (typeof data.findings)[number]) => f.actors.includes('korea');
    expect(facets.theme.find((c) => c.value === 'challenge')?.count).toBe(expected((f) => korea(f) && f.theme === 'challenge'));
    expect(facets.theme.find((c) => c.value === 'offer')?.count).toBe(expected((f) => korea(f) && f.theme === 'offer'));
    expect(facets.actor.find((c) => c.value === 'eu')?.count).toBe(expected((f) => f.theme === 'challenge' && f.actors.includes('eu')));
    expect(facets.without).toEqual({ q: expected((f) => korea(f) && f.theme === 'challenge'), actor: expected((f) => f.theme === 'challenge'), theme: expected(korea) });
    expect(await lists.findings.count(filters, temp.db)).toBe(expected((f) => korea(f) && f.theme === 'challenge'));
  });

  it('searches the quote and the labels, ignoring case and hyphens', async () => {
    const rows = await listFindings({ ...emptyFindingFilters, q: 'EVER WARM' }, temp.db);
    expect(rows.map((f) => f.slug)).toEqual(['korea-ever-warm-factories']);
    expect(await listFindings({ ...emptyFindingFilters, q: 'stanags' }, temp.db)).toHaveLength(1);
    expect(findingWhere({ ...emptyFindingFilters, q: '상시 가동' })({ slug: 'x', title: 'x', titleKo: '“상시 가동” 공장', quote: 'y', theme: 'offer', actors: [] })).toBe(true);
  });

  it('describes and exports the view', async () => {
    const filters = { ...emptyFindingFilters, actor: ['nato' as const], theme: ['tool' as const] };
    expect(await lists.findings.describe(filters, 'en', temp.db)).toEqual(['about: NATO', 'theme: A partner’s own tools']);
    const { columns, total, batches } = await lists.findings.rows(filters, temp.db);
    expect(total).toBe(expected((f) => f.actors.includes('nato') && f.theme === 'tool'));
    const rows: unknown[] = [];
    for await (const batch of batches) rows.push(...batch);
    const stanags = (rows as Array<{ slug: string }>).find((r) => r.slug === 'nato-stanags-niag');
    expect(stanags).toBeDefined();
    expect(Object.fromEntries(columns.map((c) => [c.name, c.value(stanags as never, 'https://ties.example')]))).toMatchObject({
      theme: 'tool',
      actors: ['nato'],
      anchor: 'chapter-2-p3',
      paper_url: 'https://ties.example/paper?cite=finding%3Anato-stanags-niag#chapter-2-p3',
      url: 'https://ties.example/findings#nato-stanags-niag',
    });
  });
});
