// The recommendation number and the history page, each read by one function wherever a URL or a
// form carries them: the page, the API and the save action give the same answer for every input.
import { describe, expect, it } from 'vitest';
import { parseHistoryPage } from '@/lib/queries/recommendations';
import { parseRecommendationNumber } from '@/lib/schemas/recommendation';

describe('parseRecommendationNumber', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    ['10', 10],
    ['0', null],
    ['11', null],
    ['01', null],
    ['010', null],
    ['1.0', null],
    [' 1', null],
    ['1 ', null],
    ['+1', null],
    ['-1', null],
    ['1e1', null],
    ['0x1', null],
    ['abc', null],
    ['', null],
  ])('reads %j as %j', (raw, number) => expect(parseRecommendationNumber(raw)).toBe(number));
});

describe('parseHistoryPage', () => {
  it.each([
    [undefined, undefined],
    [null, undefined],
    ['1', 1],
    ['2', 2],
    ['999999', 999999],
    ['1000000', null],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['+1', null],
    ['1.0', null],
    ['1e3', null],
    [' 1', null],
    ['abc', null],
    ['', null],
    [[], null],
    [['1'], null],
    [['1', '2'], null],
  ])('reads %j as %j', (raw, page) => expect(parseHistoryPage(raw)).toBe(page));
});

// Answered before the database is asked, so no database is needed.
describe('GET /api/recommendations/[number] refuses what the parsers refuse', () => {
  const get = async (number: string, query = '') => {
    const { GET } = await import('@/app/api/recommendations/[number]/route');
    return GET(new Request(`http://ties.test/api/recommendations/${number}${query}`), { params: Promise.resolve({ number }) });
  };

  it.each([['0'], ['11'], ['01'], ['1.0'], ['abc']])('answers 404 for number %j', async (number) => {
    expect((await get(number)).status).toBe(404);
  });

  it.each([
    ['?page=0', '0'],
    ['?page=', ''],
    ['?page=1e3', '1e3'],
    ['?page=1000000', '1000000'],
    ['?page=1&page=2', '1,2'],
  ])('answers 400 for %s, naming the page it dropped', async (query, value) => {
    const response = await get('1', query);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ dropped: [{ key: 'page', value }] });
  });
});
