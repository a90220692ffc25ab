// The paper's ten recommendations, in its order, each split into milestones drawn from its own text.
import type { RecommendationInput } from '@/lib/schemas/recommendation';
import { PAPER } from './sources';

export const recommendations: RecommendationInput[] = [
  {
    number: 1,
    title: 'Put defence industry at the centre of political and strategic dialogues',
    summary:
      'Use the dialogues the EU and NATO already hold with South Korea to address defence industrial cooperation — military requirements, intellectual property, technology transfer, export control and offsets — with DG DEFIS and NATO’s Defence Investments Division at the table.',
    actors: ['rok', 'eu', 'nato'],
    instrumentCodes: ['ip4'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'dg-defis-joins', title: 'DG DEFIS takes part in the EU–ROK security and defence dialogue', actor: 'eu' },
      { slug: 'nato-did-joins', title: 'NATO’s Defence Investments Division takes part in the NATO–ROK dialogue', actor: 'nato' },
      {
        slug: 'industrial-agenda',
        title: 'A dialogue session covers IP rights, technology transfer, export control and offsets',
        actor: 'rok',
      },
    ],
  },
  {
    number: 2,
    title: 'Hold an annual Defence Industry Forum with Indo-Pacific partners',
    summary:
      'A public forum with South Korea, Japan, Australia, India and other close partners, part trade fair and part policy meeting on the model of the EU’s Schuman Forum, bringing together officials, parliamentarians and industry, and rotating through capitals.',
    actors: ['eu', 'rok', 'industry'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'first-forum', title: 'A first Defence Industry Forum is held', actor: 'eu' },
      {
        slug: 'rotation-agreed',
        title: 'A rotation of host capitals is agreed (Seoul, Brussels, Tokyo, Canberra, New Delhi…)',
        actor: 'rok',
      },
      { slug: 'industry-attends', title: 'Industrial representatives take part alongside officials and parliamentarians', actor: 'industry' },
    ],
  },
  {
    number: 3,
    title: 'Continue co-production and licensed manufacturing in Europe',
    summary:
      'Korean firms are expected to keep building joint production lines in Europe with European states, bringing procurement and financial benefits, industrial depth outside the peninsula, visibility and political trust between Seoul and Brussels.',
    actors: ['rok', 'industry'],
    instrumentCodes: ['edip'],
    sourceSlugs: [PAPER, 'kim-ryu-2025-made-in-europe-by-korea'],
    milestones: [
      { slug: 'new-production-line', title: 'A new joint production line in Europe is agreed', actor: 'industry' },
      { slug: 'state-partnership', title: 'A European state partners with a Korean firm on local production', actor: 'rok' },
    ],
  },
  {
    number: 4,
    title: 'Link DIANA and NIF-backed accelerators with Korean institutes and SMEs',
    summary:
      'Innovation exchange and joint testbeds — shared test facilities, interoperability labs, challenge competitions — plus clear rules on intellectual-property licensing and commercialisation for NATO-IP4 SMEs.',
    actors: ['nato', 'rok'],
    instrumentCodes: ['diana', 'nif'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'joint-testbed', title: 'A joint testbed or interoperability lab links DIANA sites with Korean institutes', actor: 'nato' },
      { slug: 'challenge-competition', title: 'Korean SMEs take part in a DIANA challenge competition', actor: 'rok' },
      { slug: 'ip-rules', title: 'Rules on IP licensing and commercialisation for NATO-IP4 SMEs are agreed', actor: 'nato' },
    ],
  },
  {
    number: 5,
    title: 'Use the Defence Production Action Plan to work with IP4 countries',
    summary:
      'Link NATO’s Defence Planning Process, the DPAP and the IP4 countries to build a resilient industrial base across both regions, with technology cooperation on EDTs (AI, quantum, cyber), space, maritime and munitions, and common standards.',
    actors: ['nato', 'rok'],
    instrumentCodes: ['dpap', 'ndpp', 'ip4'],
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
    milestones: [
      { slug: 'dpap-ip4-dialogue', title: 'IP4 countries are brought into DPAP discussions', actor: 'nato' },
      { slug: 'ndpp-engagement', title: 'IP4 countries engage more closely with the NDPP', actor: 'nato' },
      { slug: 'edt-cooperation', title: 'A technology cooperation on an EDT (AI, quantum or cyber) is launched', actor: 'rok' },
    ],
  },
  {
    number: 6,
    title: 'Run time-bounded, technology-specific pilot projects',
    summary:
      'Small, transparent pilots on mutual needs — munitions, sensors, C2, secure microelectronics, maritime domain awareness — that reduce risk, build trust through delivery, and produce best practice on contracts, export control and IP.',
    actors: ['rok', 'eu', 'nato'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'first-pilot', title: 'A first technology-specific pilot project is agreed', actor: 'eu' },
      { slug: 'pilot-delivers', title: 'A pilot delivers and its lessons on contracting and export control are published', actor: 'rok' },
    ],
  },
  {
    number: 7,
    title: 'Map supply chains together and secure critical items',
    summary:
      'A joint EU–Korea strategic mapping of supply-chain chokepoints (chips, alloys, specialised components), leading to jointly funded stockpiles, surge capacity, diversification, licensed production or shared inventories.',
    actors: ['eu', 'rok'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'mapping-launched', title: 'A joint strategic mapping exercise is launched', actor: 'eu' },
      { slug: 'chokepoint-audit', title: 'An audit of supply-chain chokepoints is completed', actor: 'rok' },
      { slug: 'cooperative-plan', title: 'A cooperative plan for stockpiles or diversification is agreed', actor: 'eu' },
    ],
  },
  {
    number: 8,
    title: 'Take a larger part in dual-use Horizon Europe projects',
    summary:
      'With Korea associated to Horizon Europe and more money likely to flow into it, build R&D and dual-use innovation cooperation from the bottom up.',
    actors: ['rok', 'eu'],
    instrumentCodes: ['horizon-europe'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'dual-use-project', title: 'Korean partners join a dual-use Horizon Europe project', actor: 'rok' },
      { slug: 'association-beyond-transition', title: 'Korea’s association moves beyond the transitional arrangement', actor: 'eu' },
    ],
  },
  {
    number: 9,
    title: 'Address dumping and market distortion together',
    summary:
      'Joint anti-dumping safeguards and trade defence instruments, joint strategies against supply restrictions and economic coercion, and a lead in international efforts on resilient supply and safe inward investment.',
    actors: ['eu', 'rok'],
    sourceSlugs: [PAPER],
    milestones: [
      { slug: 'joint-strategy', title: 'The EU and Korea agree a joint approach to dumping and economic coercion', actor: 'eu' },
      { slug: 'international-initiative', title: 'Seoul and Brussels launch an initiative with other partners on resilient supply', actor: 'rok' },
    ],
  },
  {
    number: 10,
    title: 'Weigh SAFE and EDIP participation on more than commercial grounds',
    summary:
      'South Korea can technically take part in SAFE and EDIP, but the third-country rules are unlikely to change, so any engagement should aim at cooperation and critical capabilities rather than investment or control of technology.',
    actors: ['rok', 'eu'],
    instrumentCodes: ['safe', 'edip'],
    sourceSlugs: [PAPER, 'safe-regulation-2025-1106', 'council-2025-edip-provisional-agreement'],
    milestones: [
      { slug: 'safe-assessment', title: 'Seoul assesses the case for joining SAFE-funded projects', actor: 'rok' },
      { slug: 'edip-assessment', title: 'Seoul assesses the case for EDIP participation', actor: 'rok' },
    ],
  },
];
