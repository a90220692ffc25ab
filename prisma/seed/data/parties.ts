// Countries and organisations named in the paper, and the Indo-Pacific partners the map's IP4 layer
// needs (the paper names Japan and Australia among Europe's close partners in recommendation 2, and
// New Zealand nowhere).
import type { CountryInput } from '@/lib/records/country';
import { PAPER } from './sources';
import type { OrganisationInput } from '@/lib/records/organisation';

// What each membership rests on: the paper where it says so (South Korea among the IP4), otherwise the
// body's own list of its members or partners, a reference from outside the paper.
const EU_MEMBERS = { basis: 'reference' as const, sourceSlug: 'eu-member-countries' };
const NATO_MEMBERS = { basis: 'reference' as const, sourceSlug: 'nato-member-countries' };
const NATO_IP4 = { basis: 'reference' as const, sourceSlug: 'nato-indo-pacific-partners' };

export const countries: CountryInput[] = [
  {
    code: 'KR',
    name: 'Republic of Korea',
    nameKo: '대한민국',
    ip4: true,
    claims: { ip4: { basis: 'stated', sourceSlug: PAPER, quote: 'cooperation with IP4 countries such as South Korea' } },
  },
  { code: 'PL', name: 'Poland', nameKo: '폴란드', eu: true, nato: true, claims: { eu: EU_MEMBERS, nato: NATO_MEMBERS } },
  { code: 'RO', name: 'Romania', nameKo: '루마니아', eu: true, nato: true, claims: { eu: EU_MEMBERS, nato: NATO_MEMBERS } },
  { code: 'JP', name: 'Japan', nameKo: '일본', ip4: true, claims: { ip4: NATO_IP4 } },
  { code: 'AU', name: 'Australia', nameKo: '호주', ip4: true, claims: { ip4: NATO_IP4 } },
  { code: 'NZ', name: 'New Zealand', nameKo: '뉴질랜드', ip4: true, claims: { ip4: NATO_IP4 } },
];

export const organisations: OrganisationInput[] = [
  { slug: 'hanwha-aerospace', name: 'Hanwha Aerospace', nameKo: '한화에어로스페이스', kind: 'firm', origin: 'korean', countryCode: 'KR' },
  { slug: 'hyundai-rotem', name: 'Hyundai Rotem', nameKo: '현대로템', kind: 'firm', origin: 'korean', countryCode: 'KR' },
  {
    slug: 'korea-aerospace-industries',
    name: 'Korea Aerospace Industries (KAI)',
    nameKo: '한국항공우주산업(KAI)',
    kind: 'firm',
    origin: 'korean',
    countryCode: 'KR',
  },
  { slug: 'airbus-helicopters', name: 'Airbus Helicopters', nameKo: '에어버스 헬리콥터스', kind: 'firm', origin: 'european' },
  { slug: 'mbda', name: 'MBDA', nameKo: 'MBDA', kind: 'firm', origin: 'european' },
  {
    slug: 'european-commission-dg-defis',
    name: 'European Commission (DG DEFIS)',
    nameKo: '유럽연합 집행위원회 방위산업우주총국(DG DEFIS)',
    kind: 'public-body',
    origin: 'european',
  },
  { slug: 'nato', name: 'NATO', nameKo: '북대서양조약기구(NATO)', kind: 'international-organisation', origin: 'international' },
  {
    slug: 'nato-defence-investments-division',
    name: 'NATO Defence Investments Division',
    nameKo: 'NATO 국방투자국',
    kind: 'public-body',
    origin: 'international',
  },
];
