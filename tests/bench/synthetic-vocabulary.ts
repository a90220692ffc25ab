// The words the synthetic-data generator draws from: real systems, countries and currencies of the
// Korea–Europe defence trade, with made-up firms, so that the scale data looks like the paper's.
import type { Currency } from '@/lib/schemas/common';
import type { dealDomains } from '@/lib/schemas/deal';

export type SystemWord = { name: string; nameKo: string; domain: (typeof dealDomains)[number] };

export const systems: SystemWord[] = [
  { name: 'K9 howitzer', nameKo: 'K9 자주포', domain: 'land' },
  { name: 'K2 tank', nameKo: 'K2 전차', domain: 'land' },
  { name: 'K239 Chunmoo', nameKo: 'K239 천무', domain: 'land' },
  { name: 'Redback IFV', nameKo: '레드백 보병전투차', domain: 'land' },
  { name: 'K21 IFV', nameKo: 'K21 보병전투차', domain: 'land' },
  { name: 'K10 ammunition vehicle', nameKo: 'K10 탄약운반차', domain: 'land' },
  { name: 'K808 wheeled vehicle', nameKo: 'K808 차륜형 장갑차', domain: 'land' },
  { name: 'FA-50 fighter', nameKo: 'FA-50 경전투기', domain: 'air' },
  { name: 'KF-21 Boramae', nameKo: 'KF-21 보라매', domain: 'air' },
  { name: 'T-50 trainer', nameKo: 'T-50 고등훈련기', domain: 'air' },
  { name: 'KUH-1 Surion', nameKo: 'KUH-1 수리온', domain: 'air' },
  { name: 'LAH light helicopter', nameKo: 'LAH 소형무장헬기', domain: 'air' },
  { name: 'M-SAM Cheongung', nameKo: 'M-SAM 천궁', domain: 'air' },
  { name: 'KSS-III submarine', nameKo: 'KSS-III 잠수함', domain: 'sea' },
  { name: 'FFX frigate', nameKo: 'FFX 호위함', domain: 'sea' },
  { name: 'logistics support ship', nameKo: '군수지원함', domain: 'sea' },
  { name: 'offshore patrol vessel', nameKo: '연안경비함', domain: 'sea' },
  { name: 'earth observation satellite', nameKo: '지구관측위성', domain: 'space' },
  { name: 'military communications satellite', nameKo: '군 통신위성', domain: 'space' },
  { name: 'cyber range', nameKo: '사이버 훈련장', domain: 'cyber' },
  { name: 'secure tactical network', nameKo: '보안 전술통신망', domain: 'cyber' },
  { name: 'counter-drone system', nameKo: '대드론 체계', domain: 'multi-domain' },
  { name: '155 mm ammunition', nameKo: '155mm 포탄', domain: 'land' },
  { name: 'guided missile components', nameKo: '유도무기 부품', domain: 'multi-domain' },
];

export type CountryWord = { code: string; name: string; nameKo: string; eu: boolean; nato: boolean; weight: number };

// Weights follow the paper's picture: Poland first by far, then Romania, Norway, Estonia…
export const partnerCountries: CountryWord[] = [
  { code: 'PL', name: 'Poland', nameKo: '폴란드', eu: true, nato: true, weight: 30 },
  { code: 'RO', name: 'Romania', nameKo: '루마니아', eu: true, nato: true, weight: 10 },
  { code: 'NO', name: 'Norway', nameKo: '노르웨이', eu: false, nato: true, weight: 6 },
  { code: 'EE', name: 'Estonia', nameKo: '에스토니아', eu: true, nato: true, weight: 5 },
  { code: 'FI', name: 'Finland', nameKo: '핀란드', eu: true, nato: true, weight: 5 },
  { code: 'DE', name: 'Germany', nameKo: '독일', eu: true, nato: true, weight: 5 },
  { code: 'FR', name: 'France', nameKo: '프랑스', eu: true, nato: true, weight: 4 },
  { code: 'IT', name: 'Italy', nameKo: '이탈리아', eu: true, nato: true, weight: 3 },
  { code: 'ES', name: 'Spain', nameKo: '스페인', eu: true, nato: true, weight: 3 },
  { code: 'NL', name: 'Netherlands', nameKo: '네덜란드', eu: true, nato: true, weight: 2 },
  { code: 'SE', name: 'Sweden', nameKo: '스웨덴', eu: true, nato: true, weight: 2 },
  { code: 'CZ', name: 'Czechia', nameKo: '체코', eu: true, nato: true, weight: 2 },
  { code: 'SK', name: 'Slovakia', nameKo: '슬로바키아', eu: true, nato: true, weight: 2 },
  { code: 'HU', name: 'Hungary', nameKo: '헝가리', eu: true, nato: true, weight: 1 },
  { code: 'LT', name: 'Lithuania', nameKo: '리투아니아', eu: true, nato: true, weight: 2 },
  { code: 'LV', name: 'Latvia', nameKo: '라트비아', eu: true, nato: true, weight: 1 },
  { code: 'GR', name: 'Greece', nameKo: '그리스', eu: true, nato: true, weight: 1 },
  { code: 'PT', name: 'Portugal', nameKo: '포르투갈', eu: true, nato: true, weight: 1 },
  { code: 'BE', name: 'Belgium', nameKo: '벨기에', eu: true, nato: true, weight: 1 },
  { code: 'DK', name: 'Denmark', nameKo: '덴마크', eu: true, nato: true, weight: 1 },
  { code: 'GB', name: 'United Kingdom', nameKo: '영국', eu: false, nato: true, weight: 3 },
  { code: 'TR', name: 'Türkiye', nameKo: '튀르키예', eu: false, nato: true, weight: 2 },
];

export const koreanFirmStems = ['Hanbit', 'Daehan', 'Saebyeol', 'Mirae', 'Gwangmyeong', 'Haneul', 'Jinhae', 'Baekdu', 'Cheonji', 'Hwarang', 'Seorak', 'Noeul'];
export const koreanFirmStemsKo = ['한빛', '대한', '새별', '미래', '광명', '하늘', '진해', '백두', '천지', '화랑', '설악', '노을'];
export const firmSuffixes = ['Aerospace', 'Defence Systems', 'Dynamics', 'Heavy Industries', 'Precision', 'Marine', 'Electronics', 'Land Systems'];
export const firmSuffixesKo = ['에어로스페이스', '디펜스시스템', '다이나믹스', '중공업', '정밀', '마린', '전자', '지상체계'];
export const europeanFirmStems = ['Nordwerk', 'Vistula', 'Carpathia', 'Baltica', 'Aurora', 'Helvetia', 'Danubia', 'Iberia', 'Lusitania', 'Tatra', 'Adriatica', 'Fjordline'];

export const currencies: Array<{ code: Currency; weight: number; prefix: string }> = [
  { code: 'USD', weight: 5, prefix: 'US$' },
  { code: 'EUR', weight: 3, prefix: '€' },
  { code: 'PLN', weight: 2, prefix: 'PLN ' },
  { code: 'KRW', weight: 1, prefix: '₩' },
  { code: 'GBP', weight: 1, prefix: '£' },
];

export const publishers = ['Defense News', 'Breaking Defense', 'Janes', 'Korea Herald', 'Yonhap', 'Reuters', 'War on the Rocks', 'The Diplomat', 'Euractiv', 'Politico Europe'];
export const authorSurnames = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Nowak', 'Kowalski', 'Popescu', 'Müller', 'Dupont', 'Rossi', 'García', 'Jansen', 'Berg'];
export const editors = ['Ana Popescu', 'Minji Park', 'Jan Nowak', 'Claire Dupont', 'Seo-yeon Kim', 'Lars Berg'];
