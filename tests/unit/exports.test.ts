// Exports: the rows of exactly the page's view (every page of it, in order), safe CSV, citations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText, toCsv } from '@/lib/export/csv';
import { exportResponse } from '@/lib/export/respond';
import { DEALS_PER_PAGE, parseDealFilters } from '@/lib/filters/deals';
import { toRawParams } from '@/lib/filters/params';
import { listAllDeals, listDeals } from '@/lib/queries/deals';
import { listRecommendations } from '@/lib/queries/recommendations';
import { parseRecommendationFilters } from '@/lib/filters/recommendations';
import { buildSearchText } from '@/lib/search';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
  // Enough deals for three pages, some sharing dates and values so the tie-breaks matter.
  const source = await temp.db.source.findFirstOrThrow();
  for (let i = 0; i < 60; i += 1) {
    const title = `Synthetic deal ${String(i).padStart(2, '0')}`;
    await temp.db.deal.create({
      data: {
        slug: `synthetic-${i}`,
        title,
        system: i % 2 ? 'K9 howitzer' : 'K2 tank',
        domain: 'land',
        cooperationType: i % 3 ? 'export' : 'licensed-production',
        stage: 'contract',
        partnerCountryCode: i % 4 ? 'PL' : 'RO',
        date: new Date(Date.UTC(2020 + (i % 5), 0, 1)),
        datePrecision: 'year',
        year: 2020 + (i % 5),
        valueAmount: i % 7 ? (i % 10) * 1e8 : null,
        valueCurrency: i % 7 ? 'USD' : null,
        valueText: i % 7 ? `US$${i % 10}00 million` : null,
        valueSourceId: i % 7 ? source.id : null,
        summary: i === 13 ? '=HYPERLINK("http://example.invalid","click")' : 'A synthetic deal for export tests.',
        searchText: buildSearchText([title]),
      },
    });
  }
});
afterAll(() => temp.dispose());

async function exported(query: string) {
  const response = await exportResponse(new Request(`http://ties.test/api/deals?${query}`), 'deals', temp.db);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // fetch's text() would drop a byte-order mark; the spreadsheet sees it, so decode it by hand.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { response, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/** Every page of the view, as the page shows it, concatenated. */
async function pagedSlugs(query: string): Promise<string[]> {
  const { filters } = parseDealFilters(toRawParams(new URLSearchParams(query)));
  const slugs: string[] = [];
  for (let page = 1; ; page += 1) {
    const list = await listDeals({ ...filters, page }, temp.db);
    slugs.push(...list.rows.map((r) => r.slug));
    if (page >= list.pageCount) return slugs;
  }
}

describe('deal exports equal the view', () => {
  const views = ['', 'country=PL&sort=-value', 'sort=title', 'type=export&from=2021&to=2023&sort=-date', 'q=synthetic&sort=system', 'sort=-partner&page=2'];
  for (const query of views) {
    it(`JSON and CSV rows equal the pages of /deals?${query}`, async () => {
      const expected = await pagedSlugs(query);
      expect(expected.length).toBeGreaterThan(DEALS_PER_PAGE * (query.includes('country') || query.includes('type') ? 0 : 1));
      const json = await exported(query);
      expect(json.response.status).toBe(200);
      expect(json.body.deals.map((d: { slug: string }) => d.slug)).toEqual(expected);
      expect(json.body.total).toBe(expected.length);
      const csv = await exported(`${query}&format=csv`);
      const slugs = (csv.body as string)
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        // The header row first, then one line per deal.
        .slice(1, -1)
        .map((line) => JSON.parse(line.split(',')[0] ?? ''));
      expect(slugs).toEqual(expected);
    });
  }

  it('reads a large export in batches that neither overlap nor skip a row', async () => {
    for (const sort of ['-date', 'title', '-value', 'partner'] as const) {
      const { filters } = parseDealFilters({ sort });
      const whole = (await listAllDeals(filters, temp.db, 10_000)).map((d) => d.slug);
      expect((await listAllDeals(filters, temp.db, 7)).map((d) => d.slug), sort).toEqual(whole);
    }
  });

  it('exports the recommendations in the scorecard’s order', async () => {
    const query = 'sort=-progress&actor=eu';
    const { filters } = parseRecommendationFilters(toRawParams(new URLSearchParams(query)));
    const expected = (await listRecommendations(filters, temp.db)).map((r) => r.number);
    const response = await exportResponse(new Request(`http://ties.test/api/recommendations?${query}`), 'recommendations', temp.db);
    expect((await response.json()).recommendations.map((r: { number: number }) => r.number)).toEqual(expected);
  });
});

describe('export format', () => {
  it('cites the view with its URL, the retrieval date and the data’s as-of date', async () => {
    const { body } = await exported('country=RO&locale=ko');
    expect(body.citation.url).toBe('http://ties.test/ko/deals?country=RO');
    expect(body.citation.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.citation.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.view.description).toContain('루마니아');
    expect(body.fields.find((f: { name: string }) => f.name === 'value_amount').description).toMatch(/환산/);
  });

  it('writes ISO dates only as precise as the source, and never converts currencies', async () => {
    const { body } = await exported('q=synthetic&sort=title');
    const first = body.deals[0];
    expect(first.date).toBe('2020');
    expect(first.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const k9Romania = (await exported('country=RO&system=K9+howitzer&q=hanwha')).body.deals[0];
    expect(k9Romania).toMatchObject({ value_currency: 'USD', partner_country: 'RO' });
  });

  it('makes a CSV that cannot run formulas in a spreadsheet', async () => {
    const { response, body } = await exported('q=synthetic&sort=title&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // The file is named after the view it holds.
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ties-deals-synthetic-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = body as string;
    // The header row comes first; the citation rides in a response header.
    expect(text.startsWith('\uFEFF"slug",')).toBe(true);
    expect(text).not.toMatch(/^\uFEFF?#/m);
    expect(decodeURIComponent(response.headers.get('x-ties-citation') ?? '')).toMatch(/^Ties: Deals · matching “synthetic” · by title, ascending\. http:\/\/ties\.test\/deals\?q=synthetic&sort=title/);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(text).not.toMatch(/(^|,)"=/m);
  });

  it('refuses unknown parameters and formats with a 400 that lists them', async () => {
    for (const query of ['format=xlsx', 'colour=red', 'country=Poland', 'locale=fr', 'page=0']) {
      const { response, body } = await exported(query);
      expect(response.status, query).toBe(400);
      expect(body.dropped.length, query).toBeGreaterThan(0);
    }
  });
});

describe('cellText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['ＳＵＭ', 'ＳＵＭ'],
    ['K9', 'K9'],
    // Apostrophes before a formula are guarded too, so the import can tell the guard from the text.
    ["'=x", "''=x"],
    ["''+1", "'''+1"],
    ["'tis", "'tis"],
  ])('guards %j', (input, output) => expect(cellText(input)).toBe(output));

  it('guards a list as the text it becomes', () => {
    expect([cellText(['=cmd', 'b']), cellText(['-x']), cellText(['a', '=b'])]).toEqual(["'=cmd; b", "'-x", 'a; =b']);
  });

  it('writes numbers, booleans, lists and nothing plainly', () => {
    expect([cellText(-2), cellText(true), cellText(['a', 'b']), cellText(null)]).toEqual(['-2', 'true', 'a; b', '']);
  });

  it('quotes every field and doubles quotes', () => {
    expect(toCsv(['a', 'b'], [['say "hi"', 'line\nbreak']])).toBe('\uFEFF"a","b"\r\n"say ""hi""","line\nbreak"\r\n');
  });
});
