// The EU and NATO instruments and pathways the paper discusses. Terms and figures follow the paper.
import type { InstrumentInput } from '@/lib/records/instrument';
import { PAPER } from './sources';

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
      'Funding goes to firms established in the EU and not controlled by entities from outside its member states. Third-country participation is possible only under stringent conditions on intellectual property, data security and technology control.',
    accessLevel: 'restricted',
    accessNote:
      'A Korean firm cannot lead or freely join an EDF consortium. It could contribute only in exceptional cases, through a European subsidiary that meets the control rules or as a subcontractor under strict conditions, so its technology rarely reaches EDF projects.',
    accessNoteKo:
      '한국 기업은 EDF 컨소시엄을 주도하거나 자유롭게 참여할 수 없다. 통제 요건을 충족하는 유럽 현지 자회사를 통하거나 엄격한 조건 아래 하도급업체로 참여하는 예외적인 경우에만 기여할 수 있어, 한국 기술이 EDF 사업에 반영되는 경우는 드물다.',
    summary:
      'The European Commission’s fund for joint defence research and development among member states, directing money into collaborative R&D and cross-border capability projects.',
    summaryKo: '회원국 간 공동 방위 연구개발을 지원하는 유럽연합 집행위원회의 기금으로, 협력형 연구개발과 국경을 넘는 역량 사업에 재원을 투입한다.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'edip',
    acronym: 'EDIP',
    name: 'European Defence Industry Programme',
    nameKo: '유럽방위산업프로그램',
    owner: 'EU',
    kind: 'industrial-programme',
    thirdCountryTerms:
      'Mirrors the EDF’s security and participation rules. The total cost of non-EU/EEA components in EU-financed end products cannot exceed 35%.',
    accessLevel: 'conditional',
    accessNote:
      'Korean suppliers can be part of EDIP-funded products, but their components must stay within the 35% non-EU/EEA share of the cost, and technology and intellectual-property controls apply.',
    accessNoteKo:
      '한국 공급업체도 EDIP 재원이 투입된 제품에 참여할 수 있다. 다만 해당 부품은 비EU/EEA 부품 비용 비중 35% 한도 안에 머물러야 하며, 기술 및 지식재산 통제가 적용된다.',
    summary:
      'Complements the EDF with structured support for joint procurement and cross-border industrial capacity, so that member states pool development and buying power and ramp up production in critical segments.',
    summaryKo: 'EDF를 보완해 공동조달과 국경을 넘는 산업 역량을 체계적으로 지원하는 프로그램이다. 회원국이 개발 역량과 구매력을 결집하고 핵심 분야의 생산을 확대하도록 돕는다.',
    sourceSlugs: [PAPER, 'council-2025-edip-provisional-agreement'],
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
      'Loans run for 45 years with a 10-year grace period. Open to international partners, with strict access rules for many weapons categories (like-mindedness, a Security and Defence Partnership with the EU) and a design-authority rule; up to 35% of the cost of SAFE-funded projects can come from non-EU sources.',
    accessLevel: 'conditional',
    accessNote:
      'South Korea meets the partnership condition, as it already has a Security and Defence Partnership with the EU. Korean content in a SAFE-funded project is still capped at 35% of its cost, so Korea can take part but not lead on its own terms.',
    accessNoteKo:
      '한국은 이미 EU와 안보·국방 파트너십을 맺고 있어 파트너십 요건을 충족한다. 다만 SAFE 재원 사업에서 한국산 구성품은 여전히 사업 비용의 35%로 제한되므로, 참여는 가능하지만 한국이 자국의 조건으로 사업을 주도하기는 어렵다.',
    summary:
      'A defence loan facility created after the EU Joint White Paper on Defence, financed by borrowing on capital markets, with the sole purpose of stimulating defence production in Europe. The paper’s text calls it the “Secure Action for Europe”; the regulation’s title is used here.',
    summaryKo:
      'EU 국방 공동백서(Joint White Paper on Defence) 발표 이후 신설된 국방 대출 제도로, 자본시장 차입을 통해 재원을 조달하며 유럽 내 방위 생산 촉진을 유일한 목적으로 한다. 보고서 본문은 이를 “Secure Action for Europe”로 지칭하나, 여기서는 규정상의 공식 명칭을 따른다.',
    sourceSlugs: [PAPER, 'safe-regulation-2025-1106'],
  },
  {
    code: 'horizon-europe',
    acronym: 'Horizon Europe',
    name: 'Horizon Europe',
    nameKo: '호라이즌 유럽',
    owner: 'EU',
    kind: 'research-programme',
    thirdCountryTerms:
      'Seoul joined Horizon Europe in January 2025 under a transitional arrangement, so that Korean and European researchers and organisations can participate in technology and innovation calls. Under the next Multi-annual Financial Framework (2028-2034) the budget is set to double.',
    accessLevel: 'associated',
    accessNote:
      'Korean researchers and organisations can take part in Horizon Europe’s technology and innovation calls under the transitional arrangement of January 2025. The paper sees this as a door to further cooperation in dual-use domains related to cyber, maritime and space, and a potential to build defence cooperation “from the bottom up”.',
    accessNoteKo:
      '2025년 1월의 과도기적 협정에 따라 한국의 연구자와 기관은 호라이즌 유럽의 기술·혁신 공모에 참여할 수 있다. 보고서는 이를 사이버·해양·우주 관련 이중용도 분야에서 협력을 넓히는 통로이자, 방위 협력을 “상향식으로(from the bottom up)” 쌓을 수 있는 가능성으로 본다.',
    summary: 'The EU’s research and innovation programme, through which the paper sees European–South Korean dual-use R&D cooperation built from the bottom up.',
    summaryKo: '보고서가 유럽과 한국의 이중용도 연구개발 협력을 상향식으로 쌓을 수 있는 통로로 보는 EU의 연구·혁신 프로그램이다.',
    sourceSlugs: [PAPER, 'eu-rok-security-defence-partnership-2024'],
  },
  {
    code: 'diana',
    acronym: 'DIANA',
    name: 'Defence Innovation Accelerator for the North Atlantic',
    nameKo: '북대서양 방위혁신가속기',
    owner: 'NATO',
    kind: 'accelerator',
    thirdCountryTerms:
      'Brings together innovators, start-ups, research institutions, industry and end-users from across the Alliance. Participation by a partner such as South Korea depends on its partnership status or formal agreements.',
    accessLevel: 'undetermined',
    accessNote:
      'South Korea can learn NATO’s requirements for emerging and disruptive technologies through DIANA, but whether Korean innovators can enter its accelerator or challenge programmes depends on agreements not yet in place.',
    accessNoteKo:
      '한국은 DIANA를 통해 신흥·파괴적 기술에 관한 NATO의 요구사항을 파악할 수 있다. 그러나 한국의 혁신 주체가 DIANA의 액셀러레이터 프로그램이나 챌린지 프로그램에 참여할 수 있는지는 아직 체결되지 않은 협정에 달려 있다.',
    summary:
      'NATO’s accelerator for emerging and disruptive technologies and dual-use innovation, working through test centres and accelerator sites.',
    summaryKo: '신흥·파괴적 기술과 이중용도 혁신을 지원하는 NATO의 가속기로, 시험센터와 액셀러레이터 거점을 통해 운영된다.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'nif',
    acronym: 'NIF',
    name: 'NATO Innovation Fund',
    nameKo: 'NATO 혁신기금',
    owner: 'NATO',
    kind: 'venture-fund',
    thirdCountryTerms:
      'A multi-sovereign venture capital instrument investing in early- and growth-stage firms working on dual-use technologies relevant to Alliance security.',
    accessLevel: 'undetermined',
    accessNote:
      'Korean firms might attract investment, co-investment or joint ventures with NATO entrepreneurs through the NIF, but the paper treats this as a possibility rather than an established route.',
    accessNoteKo: '한국 기업은 NIF를 통해 투자나 공동투자를 유치하거나 NATO 회원국 창업가와 합작투자를 추진할 수 있다. 다만 보고서는 이를 확립된 경로가 아닌 가능성의 차원에서 다룬다.',
    summary:
      'A long-horizon venture fund for “deep tech” that links innovators with the Alliance as a buyer or partner.',
    summaryKo: '“딥테크(deep tech)” 분야에 장기 투자하는 벤처펀드로, 혁신 기업을 구매자 또는 파트너로서의 동맹과 연결한다.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'ip4',
    acronym: 'NATO–IP4',
    name: 'NATO partnership with the Indo-Pacific partners (IP4)',
    nameKo: 'NATO 인도·태평양 파트너(IP4)와의 파트너십',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'South Korea is one of the IP4 countries. The paper says the framework “potentially” opens up NATO cooperation through standardisation, science and technology cooperation and exercises.',
    accessLevel: 'associated',
    accessNote:
      'South Korea is a partner in the NATO–IP4 framework, which the paper calls “a strong partnership” that “potentially” opens up NATO cooperation, and “a flexible and tailored defence industrial cooperation pathway” for IP4 countries.',
    accessNoteKo:
      '한국은 NATO–IP4 틀의 파트너다. 보고서는 이를 NATO 협력의 길을 “잠재적으로(potentially)” 열어 주는 “강력한 파트너십(a strong partnership)”이자, IP4 국가를 위한 “유연하고 맞춤화된 방위산업 협력 경로(a flexible and tailored defence industrial cooperation pathway)”라고 부른다.',
    summary: 'NATO’s framework of partnership with its four Indo-Pacific partners, a flexible and tailored pathway for defence industrial cooperation.',
    summaryKo: 'NATO가 4개 인도·태평양 파트너와 맺고 있는 파트너십 틀로, 방위산업 협력을 위한 유연한 맞춤형 경로다.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
  },
  {
    code: 'dpap',
    acronym: 'DPAP',
    name: 'Defence Production Action Plan',
    nameKo: '방위생산행동계획',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms: 'Potentially allows IP4 countries to enhance cooperation in defence production, with an emphasis on efficient defence procurement.',
    accessLevel: 'dialogue',
    accessNote:
      'South Korea has no seat in the plan itself; its way in is through NATO–IP4 dialogue, which the paper suggests could link it to the DPAP.',
    accessNoteKo: '한국은 행동계획 자체에는 참여하지 않는다. 한국의 참여 경로는 NATO–IP4 대화이며, 보고서는 이를 통해 한국이 DPAP와 연계될 수 있다고 본다.',
    summary: 'NATO’s plan to boost defence production among Allies.',
    summaryKo: '동맹국 간 방위 생산을 확대하기 위한 NATO의 계획이다.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'ndpp',
    acronym: 'NDPP',
    name: 'NATO Defence Planning Process',
    nameKo: 'NATO 국방기획절차',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'The Alliance’s process for aligning military requirements, standardisation and capability development; a closer engagement of IP4 countries is proposed rather than in place.',
    accessLevel: 'dialogue',
    accessNote:
      'South Korea does not take part in NATO defence planning. A closer engagement of IP4 countries would let it align with NATO capability and technology plans.',
    accessNoteKo: '한국은 NATO 국방기획에 참여하지 않는다. IP4 국가의 관여가 확대되면 한국도 NATO의 역량 및 기술 계획과 보조를 맞출 수 있을 것이다.',
    summary: 'How NATO sets capability targets and aligns Allies’ defence plans.',
    summaryKo: 'NATO가 역량 목표를 설정하고 동맹국의 국방계획을 조율하는 절차다.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
  },
];
