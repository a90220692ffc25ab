// The four obstacles of the paper's chapter two, each linked only to the instruments its paragraph
// names (the EDF in the first; the DIANA and the NIF in the second; none in the third and fourth).
// The paper links no challenge to a recommendation, so neither does Ties.
import type { ChallengeInput } from '@/lib/schemas/challenge';
import { PAPER } from './sources';

export const challenges: ChallengeInput[] = [
  {
    slug: 'legal-regulatory-barriers',
    number: 1,
    title: 'Legal and regulatory barriers',
    titleKo: '법적·제도적 장벽',
    summary:
      'EU programme rules (the EDF, for example) restrict firms not established within the EU or not majority-controlled by entities from member states, and attach stringent conditions on intellectual property, data security and technology control to third-country participation.',
    summaryKo:
      'EU 프로그램 규정(예컨대 EDF)은 EU 역내에 설립되지 않았거나 회원국 주체가 과반을 지배하지 않는 기업의 참여를 제한하며, 제3국 참여에는 지식재산, 데이터 보안, 기술 통제에 관한 엄격한 조건을 부과한다.',
    instrumentCodes: ['edf'],
    recommendationNumbers: [],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'eu-nato-misalignment',
    number: 2,
    title: 'EU–NATO institutional misalignment',
    titleKo: 'EU–NATO 간 제도적 불일치',
    summary:
      'NATO’s innovation tools and the EU’s market-building instruments run on parallel, loosely aligned tracks with different governance logics, so Korean partners must navigate two systems.',
    summaryKo: 'NATO의 혁신 수단과 EU의 시장 형성 수단은 서로 다른 거버넌스 논리에 따라 느슨하게 연계된 채 별개의 경로로 운영되고 있어, 한국 파트너는 두 체계를 모두 상대해야 한다.',
    instrumentCodes: ['diana', 'nif'],
    recommendationNumbers: [],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'industrial-competition',
    number: 3,
    title: 'Industrial competition',
    titleKo: '산업 경쟁',
    summary:
      'European and Korean firms compete in armoured vehicles, artillery and naval platforms, and differing export-control policies complicate joint ventures and coordinated exports.',
    summaryKo: '유럽과 한국 기업은 장갑차, 포병, 함정 분야에서 경쟁 관계에 있으며, 서로 다른 수출통제 정책은 합작투자와 수출 공조를 어렵게 한다.',
    instrumentCodes: [],
    recommendationNumbers: [],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'strategic-geography',
    number: 4,
    title: 'Strategic geography and alliance politics',
    titleKo: '전략적 지리 여건과 동맹 정치',
    summary:
      'Korea is embedded in the US-led Indo-Pacific architecture while the EU and NATO look to the Euro-Atlantic, raising questions about the political sustainability of long-term partnerships.',
    summaryKo: '한국은 미국 주도의 인도·태평양 안보 구도에 편입되어 있는 반면 EU와 NATO는 유럽·대서양 지역에 초점을 두고 있어, 장기적 파트너십의 정치적 지속가능성에 의문이 제기된다.',
    instrumentCodes: [],
    recommendationNumbers: [],
    sourceSlugs: [PAPER, 'lipke-2025-plus-sides-of-pragmatism'],
  },
];
