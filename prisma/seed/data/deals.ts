// Korean firms' cooperation cases in Europe that the paper cites. Values are as stated, never converted.
// Each value a reader could cite says what it rests on (lib/records/claims.ts): the paper's words, or
// the reason it was inferred. Where the paper is silent the value is empty and has no claim.
import type { DealInput } from '@/lib/records/deal';
import { PAPER } from './sources';

const stated = (quote: string, sourceSlug = PAPER) => ({ basis: 'stated' as const, sourceSlug, quote });
const inferred = (reason: string, reasonKo?: string) => ({ basis: 'inferred' as const, reason, reasonKo });

// The paper's sentences the deals rest on (chapter 1, paragraphs 1 and 2; South Korea, paragraph 2; footnote 3).
const HANWHA = 'Hanwha has won large supply contracts (including a US$1 billion K9 howitzer deal with Romania';
const ROTEM = 'Hyundai Rotem’s multiple K2/K2-derived tank deals with Poland';
// The sentence that names both firms prime contractors: the role of Hyundai Rotem rests on all of it.
const PRIME_CONTRACTORS = `Korean prime contractors are now tangible industrial actors in Europe: ${HANWHA}) and is pursuing production and joint venture arrangements on the continent, while ${ROTEM}`;
const DEFAULT_MODEL = 'These deals demonstrate both localisation (production in-country) and technology transfer as the default model for deeper industrial ties.';
const POLISH_CO_PRODUCTION = 'There are already instances (e.g. Polish co-production of K9 howitzers, tanks, etc.) where Korean firms have demonstrated their willingness to localise manufacturing';
const K2_RECORD = 'Hyundai Rotem seals record $6.5 bn K2 tank deal with Poland';
const LAH = 'Airbus Helicopters and Korea Aerospace Industries (KAI) have advanced the Light Armed Helicopter serial production programme, with an agreement signed in 2023 to help ramp up production of helicopters at KAI’s Sacheon facility in South Korea';
const MBDA_KAI = 'MBDA and KAI have signed cooperation agreements to integrate European missiles on Korean platforms';
const METEOR = 'the existing partnership between MBDA and KAI, where KAI is working to integrate the “Meteor” beyond visual range air-to-air missile on the KAI-led KF-21 Boromae fighter aircraft';
const RECOMMENDATION_3 =
  'Recommendation 3 expects South Korea to continue its co-production and licensed manufacturing strategy in Europe; the paper gives this case as part of the localisation it describes, but does not link the two itself.';
const RECOMMENDATION_3_KO =
  '권고 3은 한국이 유럽에서 공동생산과 면허생산 전략을 이어 갈 것으로 본다. 보고서는 이 사례를 그것이 서술하는 현지화의 일부로 들지만, 둘을 직접 연결하지는 않는다.';
const REVERSE_FLOW = 'Reciprocity is visible in the presence of European defence prime contractors in Korea and in cross-platform cooperation';
const COMPETITION =
  'The paper’s chapter two sets Korean firms’ growing presence in Europe against European industry’s interests; it does not name this case there.';
const COMPETITION_KO =
  '보고서 2장은 유럽에서 커지는 한국 기업의 존재를 유럽 산업의 이해관계와 대비한다. 그곳에서 이 사례를 거명하지는 않는다.';

export const deals: DealInput[] = [
  {
    slug: 'hanwha-k9-romania',
    title: 'K9 self-propelled howitzers for Romania',
    titleKo: '루마니아 K9 자주포 수출',
    system: 'K9 howitzer',
    systemKo: 'K9 자주포',
    domain: 'land',
    cooperationType: 'export',
    partnerCountry: 'RO',
    supplierSide: 'korean',
    value: { amount: 1_000_000_000, currency: 'USD', text: 'US$1 billion', sourceSlug: 'ng-2024-hanwha-romanian-k9' },
    date: '2024-07',
    stage: 'contract',
    // “These deals demonstrate both localisation (production in-country) and technology transfer as
    // the default model”: the paper's words on Hanwha's and Hyundai Rotem's European deals (chapter 1, paragraph 1).
    localisation: true,
    technologyTransfer: true,
    summary:
      'Hanwha Aerospace’s sale of K9 self-propelled howitzers to Romania, one of the large supply contracts that made Hanwha a tangible industrial actor in Europe.',
    summaryKo: '한화에어로스페이스의 루마니아 K9 자주포 수출 계약이다. 한화를 유럽 내 실질적인 방산 주체로 자리매김하게 한 대규모 공급 계약 가운데 하나다.',
    organisations: [{ slug: 'hanwha-aerospace', role: 'prime-contractor' }],
    events: [
      {
        stage: 'contract',
        date: '2024-07',
        description: 'Hanwha Aerospace confirms Romania’s purchase of K9 howitzers.',
        descriptionKo: '한화에어로스페이스가 루마니아의 K9 자주포 구매를 확정 발표했다.',
        sourceSlug: 'ng-2024-hanwha-romanian-k9',
      },
    ],
    sourceSlugs: [PAPER, 'ng-2024-hanwha-romanian-k9'],
    instrumentCodes: [],
    recommendationNumbers: [3],
    challengeSlugs: ['industrial-competition'],
    claims: {
      partnerCountry: stated(HANWHA),
      supplierSide: stated(HANWHA),
      organisations: stated(`Korean prime contractors are now tangible industrial actors in Europe: ${HANWHA}`),
      value: stated(HANWHA),
      date: inferred(
        'The month of the article the paper cites for the deal (Asian Military Review, 12 July 2024, footnote 2); the paper gives no date.',
        '보고서가 이 사례에 인용한 기사(Asian Military Review, 2024년 7월 12일, 각주 2)의 연월이다. 보고서에는 날짜가 없다.',
      ),
      stage: stated(HANWHA),
      localisation: stated(DEFAULT_MODEL),
      technologyTransfer: stated(DEFAULT_MODEL),
      'recommendations:3': inferred(RECOMMENDATION_3, RECOMMENDATION_3_KO),
      'challenges:industrial-competition': inferred(COMPETITION, COMPETITION_KO),
    },
  },
  {
    slug: 'hyundai-rotem-k2-poland-2025',
    title: 'K2 main battle tanks for Poland (2025 contract)',
    titleKo: '폴란드 K2 전차 수출(2025년 계약)',
    system: 'K2 tank',
    systemKo: 'K2 전차',
    domain: 'land',
    cooperationType: 'export',
    partnerCountry: 'PL',
    supplierSide: 'korean',
    value: {
      amount: 6_500_000_000,
      currency: 'USD',
      text: 'record $6.5 bn',
      sourceSlug: 'shin-lee-2025-k2-poland',
    },
    date: '2025-07',
    stage: 'contract',
    localisation: true,
    technologyTransfer: true,
    summary:
      'Hyundai Rotem’s record K2 tank deal with Poland, one of several K2 and K2-derived tank deals that embed Korean manufacturing in European supply chains through localisation and technology transfer.',
    summaryKo:
      '현대로템이 폴란드와 체결한 사상 최대 규모의 K2 전차 계약이다. 현지화와 기술이전을 통해 한국의 제조 역량을 유럽 공급망에 뿌리내리게 하는 여러 K2 및 K2 파생형 전차 계약 가운데 하나다.',
    organisations: [{ slug: 'hyundai-rotem', role: 'prime-contractor' }],
    events: [
      {
        stage: 'contract',
        date: '2025-07',
        description: 'Hyundai Rotem seals a record US$6.5 billion K2 tank deal with Poland.',
        descriptionKo: '현대로템이 폴란드와 사상 최대인 65억 달러 규모의 K2 전차 계약을 체결했다.',
        sourceSlug: 'shin-lee-2025-k2-poland',
      },
    ],
    sourceSlugs: [PAPER, 'shin-lee-2025-k2-poland'],
    recommendationNumbers: [3],
    challengeSlugs: ['industrial-competition'],
    claims: {
      partnerCountry: stated(ROTEM),
      supplierSide: stated(ROTEM),
      organisations: stated(PRIME_CONTRACTORS),
      value: stated(K2_RECORD),
      date: inferred(
        'The month of the article the paper cites for the deal (The Korea Economic Daily, 2 July 2025, footnote 3); the paper gives no date.',
        '보고서가 이 사례에 인용한 기사(The Korea Economic Daily, 2025년 7월 2일, 각주 3)의 연월이다. 보고서에는 날짜가 없다.',
      ),
      stage: stated(K2_RECORD),
      localisation: stated(DEFAULT_MODEL),
      technologyTransfer: stated(DEFAULT_MODEL),
      'recommendations:3': inferred(RECOMMENDATION_3, RECOMMENDATION_3_KO),
      'challenges:industrial-competition': inferred(COMPETITION, COMPETITION_KO),
    },
  },
  {
    slug: 'poland-k9-co-production',
    title: 'Polish co-production of K9 howitzers',
    titleKo: 'K9 자주포 폴란드 공동생산',
    system: 'K9 howitzer',
    systemKo: 'K9 자주포',
    domain: 'land',
    cooperationType: 'licensed-production',
    partnerCountry: 'PL',
    supplierSide: 'korean',
    workCountry: 'PL',
    stage: 'local-production',
    localisation: true,
    technologyTransfer: true,
    summary:
      'K9 howitzers co-produced in Poland: an instance the paper gives of Korean firms localising manufacturing in Europe, part of the “Made in Europe by Korea” strategy.',
    summaryKo:
      '폴란드에서 공동생산되는 K9 자주포다. 보고서는 이를 한국 기업이 유럽에서 생산을 현지화하고 있는 사례로 제시하며, 이른바 “Made in Europe by Korea(한국이 유럽에서 만든다)” 전략의 일환으로 본다.',
    organisations: [{ slug: 'hanwha-aerospace', role: 'prime-contractor' }],
    sourceSlugs: [PAPER, 'uk-fiott-2024-manufacturing-defence', 'kim-ryu-2025-made-in-europe-by-korea'],
    recommendationNumbers: [3],
    challengeSlugs: ['industrial-competition'],
    claims: {
      partnerCountry: stated(POLISH_CO_PRODUCTION),
      supplierSide: stated(POLISH_CO_PRODUCTION),
      workCountry: stated(POLISH_CO_PRODUCTION),
      organisations: inferred(
        'The K9 is Hanwha Aerospace’s howitzer, whose European contracts the paper describes (chapter 1, paragraph 1); the paper names no firm for its Polish co-production.',
        'K9은 한화에어로스페이스의 자주포이며, 보고서는 그 유럽 계약을 서술한다(1장 1문단). 보고서는 폴란드 공동생산을 맡은 기업을 밝히지 않는다.',
      ),
      stage: stated(POLISH_CO_PRODUCTION),
      localisation: stated(POLISH_CO_PRODUCTION),
      technologyTransfer: inferred(
        'The paper says Hanwha’s and Hyundai Rotem’s European deals demonstrate technology transfer as the default model (chapter 1, paragraph 1), and counts producing in Europe under licence as localisation; it does not say so of this case.',
        '보고서는 한화와 현대로템의 유럽 계약이 기술이전을 기본 모델로 보여 준다고 하고(1장 1문단), 유럽에서의 면허 생산을 현지화로 본다. 그러나 이 사례에 대해 그렇게 말하지는 않는다.',
      ),
      'recommendations:3': inferred(RECOMMENDATION_3, RECOMMENDATION_3_KO),
      'challenges:industrial-competition': inferred(COMPETITION, COMPETITION_KO),
    },
  },
  {
    slug: 'poland-k2-derived-tank-co-production',
    title: 'Polish co-production of K2-derived tanks',
    titleKo: 'K2 파생형 전차 폴란드 공동생산',
    system: 'K2 tank',
    systemKo: 'K2 전차',
    domain: 'land',
    cooperationType: 'licensed-production',
    partnerCountry: 'PL',
    supplierSide: 'korean',
    workCountry: 'PL',
    stage: 'local-production',
    localisation: true,
    technologyTransfer: true,
    summary:
      'Production in Poland of tanks derived from the K2, which the paper cites alongside the K9 as evidence that Korean firms are willing to localise manufacturing in Europe.',
    summaryKo: 'K2 전차에서 파생된 전차의 폴란드 현지 생산이다. 보고서는 K9 자주포와 함께 이를 한국 기업이 유럽 현지 생산에 나설 의지가 있음을 보여주는 근거로 든다.',
    organisations: [{ slug: 'hyundai-rotem', role: 'prime-contractor' }],
    sourceSlugs: [PAPER, 'uk-fiott-2024-manufacturing-defence', 'kim-ryu-2025-made-in-europe-by-korea'],
    recommendationNumbers: [3],
    challengeSlugs: ['industrial-competition'],
    claims: {
      partnerCountry: stated(ROTEM),
      supplierSide: stated(POLISH_CO_PRODUCTION),
      workCountry: stated(POLISH_CO_PRODUCTION),
      organisations: stated(PRIME_CONTRACTORS),
      stage: stated(POLISH_CO_PRODUCTION),
      localisation: stated(DEFAULT_MODEL),
      technologyTransfer: stated(DEFAULT_MODEL),
      'recommendations:3': inferred(RECOMMENDATION_3, RECOMMENDATION_3_KO),
      'challenges:industrial-competition': inferred(COMPETITION, COMPETITION_KO),
    },
  },
  {
    slug: 'airbus-kai-light-armed-helicopter',
    title: 'Light Armed Helicopter serial production',
    titleKo: '소형무장헬기(LAH) 양산',
    system: 'Light Armed Helicopter',
    systemKo: '소형무장헬기(LAH)',
    domain: 'air',
    cooperationType: 'production-support',
    partnerCountry: 'KR',
    supplierSide: 'european',
    workCountry: 'KR',
    date: '2023-08',
    stage: 'contract',
    // Localisation and technology transfer: the paper does not say.
    summary:
      'Airbus Helicopters and KAI signed an agreement to launch serial production of the Light Armed Helicopter and ramp up output at KAI’s Sacheon facility in South Korea: European expertise supporting Korean production, the reverse of the usual flow.',
    summaryKo:
      '에어버스 헬리콥터스와 한국항공우주산업(KAI)은 소형무장헬기(LAH) 양산 착수와 KAI 사천 공장의 생산 확대를 위한 협약을 체결했다. 유럽의 전문성이 한국의 생산을 뒷받침하는 사례로, 통상적인 협력 흐름과는 방향이 반대다.',
    // The paper says the two firms advanced the programme together; it names no prime contractor.
    organisations: [
      { slug: 'korea-aerospace-industries', role: 'partner' },
      { slug: 'airbus-helicopters', role: 'partner' },
    ],
    events: [
      {
        stage: 'contract',
        date: '2023-08-31',
        description: 'Airbus and KAI announce the launch of Light Armed Helicopter serial production at Sacheon.',
        descriptionKo: '에어버스와 KAI가 사천에서 소형무장헬기(LAH) 양산 착수를 발표했다.',
        sourceSlug: 'airbus-2023-lah-serial-production',
      },
    ],
    sourceSlugs: [PAPER, 'airbus-2023-lah-serial-production'],
    claims: {
      partnerCountry: stated(LAH),
      supplierSide: stated(REVERSE_FLOW),
      workCountry: stated(LAH),
      organisations: stated(LAH),
      date: inferred(
        'The paper says the agreement was signed in 2023 (chapter 1, paragraph 2); the month is that of the Airbus press release it cites (31 August 2023, footnote 4).',
        '보고서는 협정이 2023년에 체결되었다고 한다(1장 2문단). 월은 보고서가 인용한 에어버스 보도자료(2023년 8월 31일, 각주 4)의 것이다.',
      ),
      stage: stated(LAH),
    },
  },
  {
    slug: 'mbda-kai-cooperation-2023',
    title: 'MBDA–KAI cooperation on European missiles for Korean platforms',
    titleKo: 'MBDA–KAI, 유럽산 미사일의 한국 플랫폼 통합 협력',
    system: 'Missile integration',
    systemKo: '미사일 통합',
    domain: 'air',
    cooperationType: 'co-development',
    partnerCountry: 'KR',
    supplierSide: 'european',
    date: '2023-11-24',
    stage: 'framework',
    // Localisation and technology transfer: the paper does not say.
    summary:
      'MBDA and KAI signed cooperation agreements to integrate European missiles on Korean platforms, an example of co-development and systems integration rather than a simple sale.',
    summaryKo: 'MBDA와 KAI는 유럽산 미사일을 한국 플랫폼에 통합하기 위한 협력 협약을 체결했다. 단순 판매가 아닌 공동개발 및 체계통합의 사례다.',
    organisations: [
      { slug: 'mbda', role: 'partner' },
      { slug: 'korea-aerospace-industries', role: 'partner' },
    ],
    events: [
      {
        stage: 'framework',
        date: '2023-11-24',
        description: 'MBDA and KAI announce they will deepen their cooperation.',
        descriptionKo: 'MBDA와 KAI가 협력 심화 계획을 발표했다.',
        sourceSlug: 'mbda-2023-kai-deepen-cooperation',
      },
    ],
    sourceSlugs: [PAPER, 'mbda-2023-kai-deepen-cooperation'],
    claims: {
      partnerCountry: inferred(
        'The platforms are Korean and KAI a Korean firm; the paper does not say where the work is done.',
        '플랫폼이 한국의 것이고 KAI가 한국 기업이다. 보고서는 작업이 어디에서 이루어지는지 밝히지 않는다.',
      ),
      supplierSide: stated(MBDA_KAI),
      organisations: stated(MBDA_KAI),
      date: inferred(
        'The date of the MBDA press release the paper cites (24 November 2023, footnote 5); the paper gives no date for the agreements.',
        '보고서가 인용한 MBDA 보도자료의 날짜(2023년 11월 24일, 각주 5)이다. 보고서에는 합의의 날짜가 없다.',
      ),
      stage: stated(MBDA_KAI),
    },
  },
  {
    slug: 'meteor-kf21-integration',
    title: 'Meteor missile integration on the KF-21 Boramae',
    titleKo: 'KF-21 보라매 미티어(Meteor) 미사일 통합',
    system: 'Meteor on KF-21 Boramae',
    systemKo: 'KF-21 보라매의 미티어',
    domain: 'air',
    cooperationType: 'systems-integration',
    partnerCountry: 'KR',
    supplierSide: 'european',
    // No stage: the paper says only that KAI “is working to integrate” the Meteor (chapter 1, paragraph 2).
    // Localisation and technology transfer: the paper does not say.
    summary:
      'KAI is integrating MBDA’s Meteor beyond-visual-range air-to-air missile on the KAI-led KF-21 Boramae fighter (spelt “Boromae” in the paper), the existing partnership that the 2023 agreements build on.',
    summaryKo:
      'KAI는 자사가 개발을 주도하는 KF-21 보라매 전투기(보고서에는 “Boromae”로 표기)에 MBDA의 미티어(Meteor) 가시거리 밖(BVR) 공대공 미사일을 통합하고 있다. 2023년 협약은 바로 이 기존 협력 관계를 토대로 한다.',
    // The paper: a partnership between MBDA and KAI, where KAI integrates the Meteor.
    organisations: [
      { slug: 'korea-aerospace-industries', role: 'integrator' },
      { slug: 'mbda', role: 'partner' },
    ],
    sourceSlugs: [PAPER, 'mbda-2023-kai-deepen-cooperation'],
    claims: {
      partnerCountry: inferred(
        'KAI leads the KF-21 and does the integration; the paper does not say where the work is done.',
        'KAI가 KF-21 사업을 이끌고 통합을 맡는다. 보고서는 작업이 어디에서 이루어지는지 밝히지 않는다.',
      ),
      supplierSide: inferred(
        'The Meteor is MBDA’s missile, one of the “European missiles” the paper says MBDA and KAI agreed to integrate on Korean platforms (chapter 1, paragraph 2).',
        '미티어는 MBDA의 미사일로, 보고서가 MBDA와 KAI가 한국 플랫폼에 통합하기로 합의했다고 한 “유럽 미사일” 가운데 하나다(1장 2문단).',
      ),
      organisations: stated(METEOR),
    },
  },
];
