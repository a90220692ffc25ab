// The EU and NATO instruments and pathways the paper discusses. Terms and figures follow the paper,
// in its words. Each value a reader could cite (budget, period, third-country terms, South Korea's
// access level) says what it rests on (lib/records/claims.ts): the paper's words and their anchor, or
// the reason it was inferred. Where the paper gives no budget or period the value is empty and has no
// claim. Every claim is listed in prisma/seed/claims.md (npm run claims:table).
import type { InstrumentInput } from '@/lib/records/instrument';
import { PAPER } from './sources';

/** The paper's words, at the anchor of the paragraph, recommendation or footnote that holds them. */
const stated = (quote: string, where: string) => ({ basis: 'stated' as const, sourceSlug: PAPER, quote, where });
const inferred = (reason: string, reasonKo?: string) => ({ basis: 'inferred' as const, reason, reasonKo });

// The paper's sentences the instruments rest on.
const EDF_BUDGET = 'Through the EDF, the European Commission is directing €8 billion until 2027 into collaborative defence R&D and cross-border capability projects.';
const EDF_TERMS =
  'The EDF, for example, restricts access to firms that are not established within the EU or not majority-controlled by entities from member states. While third-country participation is not impossible, it is subject to stringent conditions related to intellectual property, data security and technology control.';
const EDIP_TERMS =
  'The EDIP mirrors many of the security and participation rules of the EDF, and such rules are strict with technology controls, intellectual property rules and conditions for “third countries” and partner firms – rules that are more flexible even than those imposed by the US on defence partners. For example, the EDIP insists that the total cost of non-EU/EEA components in EU-financed end products cannot exceed 35%.';
const EDIP_ACCESS = 'For South Korea, the EDIP offers potential – albeit limited – access to European defence procurement projects and a chance to deepen collaboration in advanced systems.';
const SAFE_BUDGET = 'SAFE is endowed with €150 billion borrowed from capital markets with the sole purpose of stimulating defence production in Europe.';
const SAFE_TERMS =
  'SAFE loans benefit from a 10-year grace period where no repayment of interest is required, and the loan period is 45 years at very favourable rates of interest. SAFE is open to international partners, although strict access rules are maintained for many weapons categories, including like-mindedness and a Security and Defence Partnership (which South Korea already has with the Union). Additionally, SAFE also maintains a strict design authority rule on certain products to safeguard the European defence market: up to 35% of the cost of SAFE-funded defence projects can come from non-EU sources, which admittedly limits the scope of involvement of third countries';
const SAFE_ACCESS =
  'South Korea can technically participate in new EU defence industrial schemes such as the SAFE loan instrument and EDIP, although it should consider whether doing so is in its commercial interests, given participation rules.';
const HORIZON =
  'With Seoul having joined Horizon Europe in January 2025 under a transitional arrangement, this means that Korean and European researchers and organisations can participate in technology and innovation calls.';
const DIANA =
  'Through DIANA, South Korea can gain early exposure to NATO\'s requirements for emerging and disruptive technologies, learn how innovation is translated into operational capability across multiple Allies and perhaps participate (depending on the status of partnership or formal agreements) in accelerator or challenge programmes.';
const NATO_OPEN =
  'NATO\'s instruments, such as the DIANA and the NIF, are open to a broader set of partners, but they are designed primarily to serve military interoperability and innovation objectives rather than to sustain a market or industrial ecosystem.';
const IP4 =
  'NATO offers South Korea a strong partnership through the NATO-IP4 framework. Not only does this potentially open up NATO cooperation through standardisation, science and technology cooperation and exercises';
const DPAP_TERMS = 'The DPAP also potentially allows IP4 countries to enhance cooperation in the area of defence production, with an emphasis on efficient defence procurement.';
const DPAP_ACCESS = 'NATO can use the Defence Production Action Plan to deepen defence industrial dialogue and cooperation with IP4 countries such as South Korea.';
const NDPP_TERMS =
  'there is greater scope for an alignment of military requirements, standardisation and capability development through a closer engagement of IP4 countries in the NDPP, so that countries such as South Korea can fully immerse themselves in NATO capability and technology plans';

export const instruments: InstrumentInput[] = [
  {
    code: 'edf',
    acronym: 'EDF',
    name: 'European Defence Fund',
    nameKo: '유럽방위기금',
    owner: 'EU',
    kind: 'grant-fund',
    budget: { amount: 8_000_000_000, currency: 'EUR', text: '€8 billion until 2027', sourceSlug: PAPER },
    periodEnd: 2027,
    thirdCountryTerms:
      'Restricts access to firms that are not established within the EU or not majority-controlled by entities from member states. Third-country participation is not impossible, but it is subject to stringent conditions related to intellectual property, data security and technology control.',
    thirdCountryTermsKo: 'EU 안에 설립되지 않았거나 회원국 주체가 과반을 지배하지 않는 기업의 참여를 제한한다. 제3국 참여가 불가능하지는 않으나, 지식재산, 데이터 보안, 기술 통제에 관한 엄격한 조건이 붙는다.',
    accessLevel: 'restricted',
    accessNote:
      'The paper finds that these restrictions complicate South Korean firms’ participation in EU-funded projects and limit their ability to contribute technologies that might otherwise complement European capabilities. It also sees that access, even if conditional, to EU-funded R&D consortia could let South Korean firms embed themselves into European defence innovation efforts.',
    accessNoteKo:
      '보고서는 이러한 제한이 한국 기업의 EU 재원 사업 참여를 어렵게 하고, 유럽의 역량을 보완할 수도 있었을 기술을 기여할 여지를 좁힌다고 본다. 동시에 조건부로나마 EU 재원 연구개발 컨소시엄에 참여할 수 있다면 한국 기업이 유럽의 방위 혁신 노력에 자리 잡을 수 있다고 본다.',
    summary:
      'The European Commission’s fund for joint defence research and development among member states, directing money into collaborative R&D and cross-border capability projects.',
    summaryKo: '회원국 간 공동 방위 연구개발을 지원하는 유럽연합 집행위원회의 기금으로, 협력형 연구개발과 국경을 넘는 역량 사업에 재원을 투입한다.',
    sourceSlugs: [PAPER],
    claims: {
      budget: stated(EDF_BUDGET, 'european-union-p1'),
      period: stated(EDF_BUDGET, 'european-union-p1'),
      thirdCountryTerms: stated(EDF_TERMS, 'chapter-2-p2'),
      accessLevel: stated(EDF_TERMS, 'chapter-2-p2'),
    },
  },
  {
    code: 'edip',
    acronym: 'EDIP',
    name: 'European Defence Industry Programme',
    nameKo: '유럽방위산업프로그램',
    owner: 'EU',
    kind: 'industrial-programme',
    thirdCountryTerms:
      'Mirrors many of the security and participation rules of the EDF, which are strict with technology controls, intellectual property rules and conditions for “third countries” and partner firms. The total cost of non-EU/EEA components in EU-financed end products cannot exceed 35%.',
    thirdCountryTermsKo: 'EDF의 보안·참여 규정 상당 부분을 그대로 따르며, 기술 통제, 지식재산 규정, “제3국”과 협력 기업에 대한 조건이 엄격하다. EU 재원 최종 제품에서 비EU/EEA 부품의 비용 합계는 35%를 넘을 수 없다.',
    accessLevel: 'conditional',
    accessNote:
      'The paper sees potential – albeit limited – access for South Korea to European defence procurement projects and a chance to deepen collaboration in advanced systems, under the EDIP’s technology controls, intellectual property rules and conditions for third countries, with non-EU/EEA components kept within 35% of the cost of EU-financed end products.',
    accessNoteKo:
      '보고서는 EDIP가 한국에 유럽 방위조달 사업에 대한 제한적이나마 잠재적인 접근 기회와 첨단 체계 분야 협력을 심화할 기회를 준다고 본다. 다만 EDIP의 기술 통제, 지식재산 규정, 제3국 조건이 적용되며, 비EU/EEA 부품은 EU 재원 최종 제품 비용의 35% 이내여야 한다.',
    summary:
      'Intended to complement the EDF with more structured support for joint procurement and cross-border industrial capacity: through it, member states will aim to pool their development and buying power, encourage shared production and stimulate capacity increases in critical segments. The paper’s text calls it the “European Defence Industrial Programme”; the title of the Council’s announcement it cites is used here.',
    summaryKo:
      'EDF를 보완해 공동조달과 국경을 넘는 산업 역량을 보다 체계적으로 지원하기 위한 프로그램이다. 회원국은 이를 통해 개발 역량과 구매력을 결집하고, 공동 생산을 장려하며, 핵심 분야의 생산 역량 확대를 꾀하고자 한다. 보고서 본문은 이를 “European Defence Industrial Programme”으로 지칭하나, 여기서는 보고서가 인용한 EU 이사회 발표의 명칭을 따른다.',
    sourceSlugs: [PAPER, 'council-2025-edip-provisional-agreement'],
    claims: {
      thirdCountryTerms: stated(EDIP_TERMS, 'european-union-p2'),
      accessLevel: stated(EDIP_ACCESS, 'european-union-p2'),
    },
  },
  {
    code: 'safe',
    acronym: 'SAFE',
    name: 'Security Action for Europe',
    nameKo: '유럽안보행동',
    owner: 'EU',
    kind: 'loan-facility',
    budget: { amount: 150_000_000_000, currency: 'EUR', text: '€150 billion', sourceSlug: 'safe-regulation-2025-1106' },
    thirdCountryTerms:
      'Loans benefit from a 10-year grace period where no repayment of interest is required, and the loan period is 45 years. Open to international partners, although strict access rules are maintained for many weapons categories, including like-mindedness and a Security and Defence Partnership; a strict design authority rule on certain products: up to 35% of the cost of SAFE-funded defence projects can come from non-EU sources.',
    thirdCountryTermsKo: '대출에는 이자 상환이 필요 없는 10년 거치 기간이 있고, 대출 기간은 45년이다. 국제 파트너에게 열려 있으나, 여러 무기 범주에는 가치 공유(like-mindedness)와 안보·국방 파트너십을 포함한 엄격한 참여 규정이 유지된다. 일부 제품에는 엄격한 설계 권한(design authority) 규정이 적용되며, SAFE 재원 방위 사업 비용의 최대 35%까지 비EU 공급원에서 조달할 수 있다.',
    accessLevel: 'conditional',
    accessNote:
      'South Korea already has the Security and Defence Partnership with the Union that SAFE’s access rules ask for many weapons categories. Up to 35% of the cost of a SAFE-funded project can come from non-EU sources, which, the paper says, limits the scope of involvement of third countries. South Korea can technically participate, but the paper asks whether doing so is in its commercial interests, given the participation rules.',
    accessNoteKo:
      '한국은 SAFE가 여러 무기 범주에 대해 요구하는 EU와의 안보·국방 파트너십을 이미 맺고 있다. SAFE 재원 사업 비용의 최대 35%까지만 비EU 공급원에서 조달할 수 있으며, 보고서는 이것이 제3국의 참여 범위를 제한한다고 본다. 한국은 기술적으로는 참여할 수 있으나, 보고서는 참여 규정을 고려할 때 그것이 한국의 상업적 이익에 부합하는지 따져 보아야 한다고 지적한다.',
    summary:
      'A defence loan facility created after the EU Joint White Paper on Defence, financed by borrowing on capital markets, with the sole purpose of stimulating defence production in Europe. The paper’s text calls it the “Secure Action for Europe”; the regulation’s title is used here.',
    summaryKo:
      'EU 국방 공동백서(Joint White Paper on Defence) 발표 이후 신설된 국방 대출 제도로, 자본시장 차입을 통해 재원을 조달하며 유럽 내 방위 생산 촉진을 유일한 목적으로 한다. 보고서 본문은 이를 “Secure Action for Europe”로 지칭하나, 여기서는 규정상의 공식 명칭을 따른다.',
    sourceSlugs: [PAPER, 'safe-regulation-2025-1106'],
    claims: {
      // The paper states the figure (european-union-p3, whose footnote 10 cites the regulation).
      budget: stated(SAFE_BUDGET, 'european-union-p3'),
      thirdCountryTerms: stated(SAFE_TERMS, 'european-union-p3'),
      accessLevel: stated(SAFE_ACCESS, 'recommendation-10'),
    },
  },
  {
    code: 'horizon-europe',
    acronym: 'Horizon Europe',
    name: 'Horizon Europe',
    nameKo: '호라이즌 유럽',
    owner: 'EU',
    kind: 'research-programme',
    thirdCountryTerms:
      'Seoul joined Horizon Europe in January 2025 under a transitional arrangement, so that Korean and European researchers and organisations can participate in technology and innovation calls.',
    thirdCountryTermsKo: '한국은 2025년 1월 과도기 협정(transitional arrangement)에 따라 호라이즌 유럽에 가입했으며, 이로써 한국과 유럽의 연구자와 기관이 기술·혁신 공모에 참여할 수 있다.',
    accessLevel: 'associated',
    accessNote:
      'Korean researchers and organisations can take part in Horizon Europe’s technology and innovation calls under the transitional arrangement of January 2025. The paper sees this as a door to further cooperation in dual-use domains related to cyber, maritime and space, and a potential to build defence cooperation “from the bottom up”.',
    accessNoteKo:
      '2025년 1월의 과도기적 협정에 따라 한국의 연구자와 기관은 호라이즌 유럽의 기술·혁신 공모에 참여할 수 있다. 보고서는 이를 사이버·해양·우주 관련 이중용도 분야에서 협력을 넓히는 통로이자, 방위 협력을 “상향식으로(from the bottom up)” 쌓을 수 있는 가능성으로 본다.',
    summary:
      'The EU’s research and innovation programme, through which the paper sees European–South Korean dual-use R&D cooperation built from the bottom up. Under the next Multi-annual Financial Framework (2028-2034) its budget is set to double.',
    summaryKo:
      '보고서가 유럽과 한국의 이중용도 연구개발 협력을 상향식으로 쌓을 수 있는 통로로 보는 EU의 연구·혁신 프로그램이다. 차기 다년도 재정운용계획(2028~2034년)에서 예산이 두 배로 늘어날 예정이다.',
    sourceSlugs: [PAPER, 'eu-rok-security-defence-partnership-2024'],
    claims: {
      thirdCountryTerms: stated(HORIZON, 'european-union-p4'),
      accessLevel: stated(HORIZON, 'european-union-p4'),
    },
  },
  {
    code: 'diana',
    acronym: 'DIANA',
    name: 'Defence Innovation Accelerator for the North Atlantic',
    nameKo: '북대서양 방위혁신가속기',
    owner: 'NATO',
    kind: 'accelerator',
    thirdCountryTerms:
      'South Korea can perhaps participate (depending on the status of partnership or formal agreements) in its accelerator or challenge programmes.',
    thirdCountryTermsKo: '한국은 (파트너 지위나 공식 협정에 따라) 그 액셀러레이터나 챌린지 프로그램에 참여할 수도 있다.',
    accessLevel: 'undetermined',
    accessNote:
      'Through DIANA South Korea can gain early exposure to NATO’s requirements for emerging and disruptive technologies. Whether it can take part in DIANA’s accelerator or challenge programmes depends, the paper says, on the status of partnership or formal agreements; the paper also counts DIANA among NATO’s instruments that are open to a broader set of partners.',
    accessNoteKo:
      '한국은 DIANA를 통해 신흥·파괴적 기술에 관한 NATO의 요구사항을 일찍 접할 수 있다. 보고서에 따르면 DIANA의 액셀러레이터 프로그램이나 챌린지 프로그램에 참여할 수 있는지는 파트너십 지위나 공식 협정에 달려 있다. 보고서는 또한 DIANA를 더 넓은 범위의 파트너에게 열려 있는 NATO 수단으로 꼽는다.',
    summary:
      'NATO’s accelerator for emerging and disruptive technologies and dual-use innovation, bringing together innovators, start-ups, research institutions, industry and end-users from across the Alliance through test centres and accelerator sites.',
    summaryKo:
      '신흥·파괴적 기술과 이중용도 혁신을 지원하는 NATO의 가속기로, 시험센터와 액셀러레이터 거점을 통해 동맹 전역의 혁신가, 스타트업, 연구기관, 산업계, 최종 사용자를 한데 모은다.',
    sourceSlugs: [PAPER],
    claims: {
      thirdCountryTerms: stated(DIANA, 'nato-p1'),
      accessLevel: stated(DIANA, 'nato-p1'),
    },
  },
  {
    code: 'nif',
    acronym: 'NIF',
    name: 'NATO Innovation Fund',
    nameKo: 'NATO 혁신기금',
    owner: 'NATO',
    kind: 'venture-fund',
    thirdCountryTerms:
      'Open to a broader set of partners, but designed primarily to serve military interoperability and innovation objectives rather than to sustain a market or industrial ecosystem.',
    thirdCountryTermsKo: '더 넓은 범위의 파트너에게 열려 있으나, 시장이나 산업 생태계를 유지하기보다는 주로 군사적 상호운용성과 혁신 목표에 기여하도록 설계되었다.',
    accessLevel: 'undetermined',
    accessNote:
      'Korean firms might be able to attract investment, co-investment or joint ventures with NATO entrepreneurs through the NIF, but the paper treats this as a possibility rather than an established route.',
    accessNoteKo: '한국 기업은 NIF를 통해 투자나 공동투자를 유치하거나 NATO 회원국 창업가와 합작투자를 추진할 수 있을지도 모른다. 다만 보고서는 이를 확립된 경로가 아닌 가능성의 차원에서 다룬다.',
    summary:
      'A multi-sovereign venture capital instrument that makes strategic investments in early-stage and growth-stage firms working on dual-use technologies relevant to Alliance security; its long-term horizon and focus on “deep tech” can help link innovators with the Alliance as a buyer or partner.',
    summaryKo:
      '동맹 안보와 관련된 이중용도 기술을 다루는 초기·성장 단계 기업에 전략적으로 투자하는 다국적 벤처캐피털 수단이다. 장기 투자 시계와 “딥테크(deep tech)”에 대한 집중을 통해 혁신 기업을 구매자 또는 파트너로서의 동맹과 연결할 수 있다.',
    sourceSlugs: [PAPER],
    claims: {
      thirdCountryTerms: stated(NATO_OPEN, 'chapter-2-p5'),
      accessLevel: inferred(
        'The paper says only that South Korean firms “might be able to” attract investment through the NIF and names no rule for partners beyond its being open to a broader set of them, so the level is left undetermined.',
        '보고서는 한국 기업이 NIF를 통해 투자를 유치할 “수도 있다”고만 하고, 더 넓은 파트너에게 열려 있다는 것 외에 파트너에 대한 규정을 밝히지 않으므로 참여 수준을 정하지 않았다.',
      ),
    },
  },
  {
    code: 'ip4',
    acronym: 'NATO–IP4',
    name: 'NATO partnership with the Indo-Pacific partners (IP4)',
    nameKo: 'NATO 인도·태평양 파트너(IP4)와의 파트너십',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'A strong partnership that NATO offers South Korea; it potentially opens up NATO cooperation through standardisation, science and technology cooperation and exercises.',
    thirdCountryTermsKo: 'NATO가 한국에 제공하는 강력한 파트너십으로, 표준화, 과학기술 협력, 훈련을 통해 NATO와의 협력을 열어 줄 잠재력이 있다.',
    accessLevel: 'associated',
    accessNote:
      'South Korea is a partner in the NATO–IP4 framework, which the paper calls “a strong partnership” that “potentially” opens up NATO cooperation, and “a flexible and tailored defence industrial cooperation pathway” for IP4 countries.',
    accessNoteKo:
      '한국은 NATO–IP4 틀의 파트너다. 보고서는 이를 NATO 협력의 길을 “잠재적으로(potentially)” 열어 주는 “강력한 파트너십(a strong partnership)”이자, IP4 국가를 위한 “유연하고 맞춤화된 방위산업 협력 경로(a flexible and tailored defence industrial cooperation pathway)”라고 부른다.',
    summary: 'NATO’s framework of partnership with its four Indo-Pacific partners, a flexible and tailored pathway for defence industrial cooperation.',
    summaryKo: 'NATO가 4개 인도·태평양 파트너와 맺고 있는 파트너십 틀로, 방위산업 협력을 위한 유연한 맞춤형 경로다.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
    claims: {
      thirdCountryTerms: stated(IP4, 'nato-p3'),
      accessLevel: stated(IP4, 'nato-p3'),
    },
  },
  {
    code: 'dpap',
    acronym: 'DPAP',
    name: 'Defence Production Action Plan',
    nameKo: '방위생산행동계획',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms: 'Potentially allows IP4 countries to enhance cooperation in the area of defence production, with an emphasis on efficient defence procurement.',
    thirdCountryTermsKo: 'IP4 국가가 효율적인 방위조달에 중점을 두고 방위 생산 분야 협력을 강화할 수 있게 할 잠재력이 있다.',
    accessLevel: 'dialogue',
    accessNote:
      'The paper says the DPAP potentially allows IP4 countries such as South Korea to enhance cooperation in defence production, and recommends that NATO use it to deepen defence industrial dialogue and cooperation with them.',
    accessNoteKo:
      '보고서는 DPAP가 한국과 같은 IP4 국가에 방위 생산 분야의 협력을 강화할 가능성을 열어 준다고 보며, NATO가 이를 활용해 이들 국가와 방위산업 대화와 협력을 심화할 것을 권고한다.',
    summary:
      'A NATO plan for defence production which, the paper says, could help NATO and the IP4 nations enhance interoperability through common standards.',
    summaryKo: '방위 생산에 관한 NATO의 계획으로, 보고서는 이를 통해 NATO와 IP4 국가가 공통 표준으로 상호운용성을 높일 수 있다고 본다.',
    sourceSlugs: [PAPER],
    claims: {
      thirdCountryTerms: stated(DPAP_TERMS, 'nato-p3'),
      accessLevel: stated(DPAP_ACCESS, 'recommendation-5'),
    },
  },
  {
    code: 'ndpp',
    acronym: 'NDPP',
    name: 'NATO Defence Planning Process',
    nameKo: 'NATO 국방기획절차',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'The paper sees greater scope for an alignment of military requirements, standardisation and capability development through a closer engagement of IP4 countries in the NDPP, so that countries such as South Korea can fully immerse themselves in NATO capability and technology plans.',
    thirdCountryTermsKo: '보고서는 IP4 국가가 NDPP에 더 긴밀히 참여하면 군사 소요, 표준화, 역량 개발을 정렬할 여지가 커져, 한국 같은 국가가 NATO의 역량·기술 계획에 온전히 참여할 수 있다고 본다.',
    accessLevel: 'dialogue',
    accessNote:
      'The paper describes no part for South Korea in NATO’s defence planning today; it sees scope for a closer engagement of IP4 countries in the NDPP and recommends a closer linkage between the NDPP, the DPAP and IP4 countries.',
    accessNoteKo:
      '보고서는 현재 한국이 NATO 국방기획에서 맡는 역할을 서술하지 않는다. 다만 IP4 국가가 NDPP에 더 긴밀히 관여할 여지가 있다고 보며, NDPP와 DPAP, IP4 국가 간의 연계를 강화할 것을 권고한다.',
    summary: 'NATO’s Defence Planning Process, through which, the paper says, military requirements, standardisation and capability development could be aligned with IP4 countries.',
    summaryKo: 'NATO의 국방기획절차로, 보고서는 이를 통해 군사 요구사항과 표준화, 역량 개발을 IP4 국가와 조율할 수 있다고 본다.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
    claims: {
      thirdCountryTerms: stated(NDPP_TERMS, 'nato-p3'),
      accessLevel: inferred(
        'The paper sees scope for a closer engagement of IP4 countries in the NDPP and recommends a closer linkage with it (recommendation 5), but describes no participation by South Korea: its link runs through the IP4 partnership.',
        '보고서는 IP4 국가가 NDPP에 더 긴밀히 참여할 여지를 보고 더 긴밀한 연계를 권고하지만(권고 5), 한국의 참여를 서술하지는 않는다. 연결 고리는 IP4 파트너십이다.',
      ),
    },
  },
];
