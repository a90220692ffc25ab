// The paper's ten recommendations, in its order, each split into milestones drawn from its own text.
import type { RecommendationInput } from '@/lib/schemas/recommendation';
import { PAPER } from './sources';

export const recommendations: RecommendationInput[] = [
  {
    number: 1,
    title: 'Put defence industry at the centre of political and strategic dialogues',
    titleKo: '방위산업을 정치·전략 대화의 핵심 의제로 격상',
    summary:
      'Use the dialogues the EU and NATO already hold with South Korea to address defence industrial cooperation — military requirements, intellectual property, technology transfer, export control and offsets — with DG DEFIS and NATO’s Defence Investments Division at the table.',
    summaryKo:
      'EU와 NATO가 이미 한국과 운영 중인 대화 채널을 활용해 방위산업 협력(군 소요, 지식재산, 기술이전, 수출통제, 절충교역)을 논의하고, 방위산업우주총국(DG DEFIS)과 NATO 국방투자국(Defence Investments Division)이 이 논의에 참여하도록 한다.',
    actors: ['rok', 'eu', 'nato'],
    instrumentCodes: ['ip4'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'dg-defis-joins',
        title: 'DG DEFIS takes part in the EU–ROK security and defence dialogue',
        titleKo: '방위산업우주총국(DG DEFIS)의 한-EU 안보·국방 대화 참여',
        actor: 'eu',
      },
      {
        slug: 'nato-did-joins',
        title: 'NATO’s Defence Investments Division takes part in the NATO–ROK dialogue',
        titleKo: 'NATO 국방투자국(Defence Investments Division)의 한-NATO 대화 참여',
        actor: 'nato',
      },
      {
        slug: 'industrial-agenda',
        title: 'A dialogue session covers IP rights, technology transfer, export control and offsets',
        titleKo: '지식재산권·기술이전·수출통제·절충교역을 다루는 대화 세션 개최',
        actor: 'rok',
      },
    ],
  },
  {
    number: 2,
    title: 'Hold an annual Defence Industry Forum with Indo-Pacific partners',
    titleKo: '인도·태평양 파트너와 연례 방위산업 포럼 개최',
    summary:
      'A public forum with South Korea, Japan, Australia, India and other close partners, part trade fair and part policy meeting on the model of the EU’s Schuman Forum, bringing together officials, parliamentarians and industry, and rotating through capitals.',
    summaryKo:
      '한국, 일본, 호주, 인도 등 긴밀한 파트너가 참여하는 공개 포럼을 연다. EU의 슈만 포럼(Schuman Forum)을 본떠 방산 전시회와 정책 회의를 겸하는 형태로, 정부 관계자·의원·업계를 한자리에 모으고 개최지는 각국 수도를 순환한다.',
    actors: ['eu', 'rok', 'industry'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'first-forum',
        title: 'A first Defence Industry Forum is held',
        titleKo: '제1회 방위산업 포럼 개최',
        actor: 'eu',
      },
      {
        slug: 'rotation-agreed',
        title: 'A rotation of host capitals is agreed (Seoul, Brussels, Tokyo, Canberra, New Delhi…)',
        titleKo: '개최 수도 순환 방식 합의(서울, 브뤼셀, 도쿄, 캔버라, 뉴델리…)',
        actor: 'rok',
      },
      {
        slug: 'industry-attends',
        title: 'Industrial representatives take part alongside officials and parliamentarians',
        titleKo: '정부 관계자 및 의원과 함께 업계 대표 참여',
        actor: 'industry',
      },
    ],
  },
  {
    number: 3,
    title: 'Continue co-production and licensed manufacturing in Europe',
    titleKo: '유럽 내 공동생산 및 면허생산 지속',
    summary:
      'Korean firms are expected to keep building joint production lines in Europe with European states, bringing procurement and financial benefits, industrial depth outside the peninsula, visibility and political trust between Seoul and Brussels.',
    summaryKo:
      '한국 기업은 유럽 국가들과 함께 유럽 내 공동 생산라인 구축을 이어갈 것으로 예상된다. 이는 조달 및 재정상의 이점, 한반도 밖에서의 산업 기반 심화, 가시성 제고, 그리고 서울과 브뤼셀 간의 정치적 신뢰 구축으로 이어진다.',
    actors: ['rok', 'industry'],
    instrumentCodes: ['edip'],
    sourceSlugs: [PAPER, 'kim-ryu-2025-made-in-europe-by-korea'],
    milestones: [
      {
        slug: 'new-production-line',
        title: 'A new joint production line in Europe is agreed',
        titleKo: '유럽 내 신규 공동 생산라인 합의',
        actor: 'industry',
      },
      {
        slug: 'state-partnership',
        title: 'A European state partners with a Korean firm on local production',
        titleKo: '유럽 국가와 한국 기업 간 현지 생산 협력 체결',
        actor: 'rok',
      },
    ],
  },
  {
    number: 4,
    title: 'Link DIANA and NIF-backed accelerators with Korean institutes and SMEs',
    titleKo: 'DIANA 및 NIF 지원 액셀러레이터와 한국 연구기관·중소기업 연계',
    summary:
      'Innovation exchange and joint testbeds — shared test facilities, interoperability labs, challenge competitions — plus clear rules on intellectual-property licensing and commercialisation for NATO-IP4 SMEs.',
    summaryKo: '혁신 교류와 공동 테스트베드(공동 시험시설, 상호운용성 실험실, 챌린지 경진대회)를 추진하고, NATO-IP4 중소기업을 위한 지식재산 라이선싱 및 사업화 규칙을 명확히 마련한다.',
    actors: ['nato', 'rok'],
    instrumentCodes: ['diana', 'nif'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'joint-testbed',
        title: 'A joint testbed or interoperability lab links DIANA sites with Korean institutes',
        titleKo: 'DIANA 거점과 한국 연구기관을 잇는 공동 테스트베드 또는 상호운용성 실험실 구축',
        actor: 'nato',
      },
      {
        slug: 'challenge-competition',
        title: 'Korean SMEs take part in a DIANA challenge competition',
        titleKo: '한국 중소기업의 DIANA 챌린지 경진대회 참여',
        actor: 'rok',
      },
      {
        slug: 'ip-rules',
        title: 'Rules on IP licensing and commercialisation for NATO-IP4 SMEs are agreed',
        titleKo: 'NATO-IP4 중소기업 대상 지식재산 라이선싱 및 사업화 규칙 합의',
        actor: 'nato',
      },
    ],
  },
  {
    number: 5,
    title: 'Use the Defence Production Action Plan to work with IP4 countries',
    titleKo: '방위생산행동계획(DPAP)을 활용한 IP4 국가와의 협력',
    summary:
      'Link NATO’s Defence Planning Process, the DPAP and the IP4 countries to build a resilient industrial base across both regions, with technology cooperation on EDTs (AI, quantum, cyber), space, maritime and munitions, and common standards.',
    summaryKo:
      'NATO 국방기획절차(NDPP), DPAP, IP4 국가를 연계해 양 지역에 걸친 회복력 있는 산업 기반을 구축한다. 아울러 신흥·파괴적 기술(EDT: AI, 양자, 사이버), 우주, 해양, 탄약 분야의 기술 협력과 공통 표준 마련을 추진한다.',
    actors: ['nato', 'rok'],
    instrumentCodes: ['dpap', 'ndpp', 'ip4'],
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
    milestones: [
      {
        slug: 'dpap-ip4-dialogue',
        title: 'IP4 countries are brought into DPAP discussions',
        titleKo: 'IP4 국가의 DPAP 논의 참여',
        actor: 'nato',
      },
      {
        slug: 'ndpp-engagement',
        title: 'IP4 countries engage more closely with the NDPP',
        titleKo: 'IP4 국가의 NDPP 관여 확대',
        actor: 'nato',
      },
      {
        slug: 'edt-cooperation',
        title: 'A technology cooperation on an EDT (AI, quantum or cyber) is launched',
        titleKo: '신흥·파괴적 기술(AI, 양자, 사이버) 분야 기술 협력 착수',
        actor: 'rok',
      },
    ],
  },
  {
    number: 6,
    title: 'Run time-bounded, technology-specific pilot projects',
    titleKo: '기한을 정한 기술 특화 시범사업 추진',
    summary:
      'Small, transparent pilots on mutual needs — munitions, sensors, C2, secure microelectronics, maritime domain awareness — that reduce risk, build trust through delivery, and produce best practice on contracts, export control and IP.',
    summaryKo:
      '탄약, 센서, 지휘통제(C2), 보안 마이크로전자, 해양영역인식 등 상호 수요가 있는 분야에서 소규모의 투명한 시범사업을 추진한다. 이를 통해 위험을 줄이고, 가시적 성과로 신뢰를 쌓으며, 계약·수출통제·지식재산 분야의 모범사례를 도출한다.',
    actors: ['rok', 'eu', 'nato'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'first-pilot',
        title: 'A first technology-specific pilot project is agreed',
        titleKo: '첫 기술 특화 시범사업 합의',
        actor: 'eu',
      },
      {
        slug: 'pilot-delivers',
        title: 'A pilot delivers and its lessons on contracting and export control are published',
        titleKo: '시범사업 성과 도출 및 계약·수출통제 관련 교훈 공개',
        actor: 'rok',
      },
    ],
  },
  {
    number: 7,
    title: 'Map supply chains together and secure critical items',
    titleKo: '공급망 공동 분석 및 핵심 품목 확보',
    summary:
      'A joint EU–Korea strategic mapping of supply-chain chokepoints (chips, alloys, specialised components), leading to jointly funded stockpiles, surge capacity, diversification, licensed production or shared inventories.',
    summaryKo:
      '반도체, 합금, 특수 부품 등 공급망 병목 지점에 대해 한-EU 공동 전략 매핑을 실시하고, 이를 토대로 공동 재원 비축, 긴급 증산 역량, 공급선 다변화, 면허생산 또는 재고 공유로 나아간다.',
    actors: ['eu', 'rok'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'mapping-launched',
        title: 'A joint strategic mapping exercise is launched',
        titleKo: '공동 전략 매핑 착수',
        actor: 'eu',
      },
      {
        slug: 'chokepoint-audit',
        title: 'An audit of supply-chain chokepoints is completed',
        titleKo: '공급망 병목 지점 점검 완료',
        actor: 'rok',
      },
      {
        slug: 'cooperative-plan',
        title: 'A cooperative plan for stockpiles or diversification is agreed',
        titleKo: '비축 또는 공급선 다변화를 위한 협력 계획 합의',
        actor: 'eu',
      },
    ],
  },
  {
    number: 8,
    title: 'Take a larger part in dual-use Horizon Europe projects',
    titleKo: '이중용도 호라이즌 유럽 사업 참여 확대',
    summary:
      'With South Korea having joined Horizon Europe in January 2025 under a transitional arrangement, and more money likely to flow into the programme, build R&D and dual-use innovation cooperation from the bottom up.',
    summaryKo: '한국이 2025년 1월 과도기 협정에 따라 호라이즌 유럽에 가입했고 향후 더 많은 재원이 투입될 것으로 예상되는 만큼, 연구개발 및 이중용도 혁신 협력을 상향식으로 구축한다.',
    actors: ['rok', 'eu'],
    instrumentCodes: ['horizon-europe'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'dual-use-project',
        title: 'Korean partners join a dual-use Horizon Europe project',
        titleKo: '한국 파트너의 이중용도 호라이즌 유럽 사업 참여',
        actor: 'rok',
      },
      {
        slug: 'association-beyond-transition',
        title: 'Korea’s association moves beyond the transitional arrangement',
        titleKo: '과도기적 약정 단계를 넘어선 한국의 준회원 지위 확보',
        actor: 'eu',
      },
    ],
  },
  {
    number: 9,
    title: 'Address dumping and market distortion together',
    titleKo: '덤핑 및 시장 왜곡에 대한 공동 대응',
    summary:
      'Joint anti-dumping safeguards and trade defence instruments, joint strategies against supply restrictions and economic coercion, and a lead in international efforts on resilient supply and safe inward investment.',
    summaryKo: '공동 반덤핑 보호조치와 무역구제 수단을 마련하고, 공급 제한과 경제적 강압에 대응하는 공동 전략을 수립하며, 공급망 회복력과 안전한 외국인 투자 유치를 위한 국제적 노력을 선도한다.',
    actors: ['eu', 'rok'],
    sourceSlugs: [PAPER],
    milestones: [
      {
        slug: 'joint-strategy',
        title: 'The EU and Korea agree a joint approach to dumping and economic coercion',
        titleKo: '덤핑 및 경제적 강압에 대한 한-EU 공동 대응 방안 합의',
        actor: 'eu',
      },
      {
        slug: 'international-initiative',
        title: 'Seoul and Brussels launch an initiative with other partners on resilient supply',
        titleKo: '서울과 브뤼셀 주도로 여타 파트너와 함께하는 공급망 회복력 이니셔티브 출범',
        actor: 'rok',
      },
    ],
  },
  {
    number: 10,
    title: 'Weigh SAFE and EDIP participation on more than commercial grounds',
    titleKo: 'SAFE 및 EDIP 참여를 상업적 관점 너머에서 검토',
    summary:
      'South Korea can technically take part in SAFE and EDIP, but the third-country rules are unlikely to change, so any engagement should aim at cooperation and critical capabilities rather than investment or control of technology.',
    summaryKo:
      '한국은 제도상 SAFE와 EDIP에 참여할 수 있으나, 제3국 참여 규정이 바뀔 가능성은 낮다. 따라서 참여는 투자나 기술 통제권 확보보다는 협력 강화와 핵심 역량 확보를 목표로 해야 한다.',
    actors: ['rok', 'eu'],
    instrumentCodes: ['safe', 'edip'],
    sourceSlugs: [PAPER, 'safe-regulation-2025-1106', 'council-2025-edip-provisional-agreement'],
    milestones: [
      {
        slug: 'safe-assessment',
        title: 'Seoul assesses the case for joining SAFE-funded projects',
        titleKo: '한국 정부의 SAFE 재원 사업 참여 타당성 검토',
        actor: 'rok',
      },
      {
        slug: 'edip-assessment',
        title: 'Seoul assesses the case for EDIP participation',
        titleKo: '한국 정부의 EDIP 참여 타당성 검토',
        actor: 'rok',
      },
    ],
  },
];
