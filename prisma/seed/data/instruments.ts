// The EU and NATO instruments and pathways the paper discusses. Terms and figures follow the paper.
import type { InstrumentInput } from '@/lib/schemas/instrument';
import { PAPER } from './sources';

export const instruments: InstrumentInput[] = [
  {
    code: 'edf',
    acronym: 'EDF',
    name: 'European Defence Fund',
    owner: 'EU',
    kind: 'grant-fund',
    budget: { amount: 8_000_000_000, currency: 'EUR', text: '€8 billion until 2027', sourceSlug: PAPER },
    periodEnd: 2027,
    thirdCountryTerms:
      'Funding goes to firms established in the EU and not controlled by entities from outside its member states. Third-country participation is possible only under stringent conditions on intellectual property, data security and technology control.',
    accessLevel: 'restricted',
    accessNote:
      'A Korean firm cannot lead or freely join an EDF consortium. It could contribute only in exceptional cases, through a European subsidiary that meets the control rules or as a subcontractor under strict conditions, so its technology rarely reaches EDF projects.',
    summary:
      'The European Commission’s fund for joint defence research and development among member states, directing money into collaborative R&D and cross-border capability projects.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'edip',
    acronym: 'EDIP',
    name: 'European Defence Industry Programme',
    owner: 'EU',
    kind: 'industrial-programme',
    thirdCountryTerms:
      'Mirrors the EDF’s security and participation rules. The total cost of non-EU/EEA components in EU-financed end products cannot exceed 35%.',
    accessLevel: 'conditional',
    accessNote:
      'Korean suppliers can be part of EDIP-funded products, but their components must stay within the 35% non-EU/EEA share of the cost, and technology and intellectual-property controls apply.',
    summary:
      'Complements the EDF with structured support for joint procurement and cross-border industrial capacity, so that member states pool development and buying power and ramp up production in critical segments.',
    sourceSlugs: [PAPER, 'council-2025-edip-provisional-agreement'],
  },
  {
    code: 'safe',
    acronym: 'SAFE',
    name: 'Security Action for Europe',
    owner: 'EU',
    kind: 'loan-facility',
    budget: { amount: 150_000_000_000, currency: 'EUR', text: '€150 billion', sourceSlug: 'safe-regulation-2025-1106' },
    thirdCountryTerms:
      'Loans run for 45 years with a 10-year grace period. Open to international partners, with strict access rules for many weapons categories (like-mindedness, a Security and Defence Partnership with the EU) and a design-authority rule; up to 35% of the cost of SAFE-funded projects can come from non-EU sources.',
    accessLevel: 'conditional',
    accessNote:
      'South Korea meets the partnership condition, as it already has a Security and Defence Partnership with the EU. Korean content in a SAFE-funded project is still capped at 35% of its cost, so Korea can take part but not lead on its own terms.',
    summary:
      'A defence loan facility created after the EU Joint White Paper on Defence, financed by borrowing on capital markets, with the sole purpose of stimulating defence production in Europe. The paper’s text calls it the “Secure Action for Europe”; the regulation’s title is used here.',
    sourceSlugs: [PAPER, 'safe-regulation-2025-1106'],
  },
  {
    code: 'horizon-europe',
    acronym: 'Horizon Europe',
    name: 'Horizon Europe',
    owner: 'EU',
    kind: 'research-programme',
    thirdCountryTerms:
      'South Korea joined in January 2025 under a transitional arrangement, so Korean researchers and organisations can take part in technology and innovation calls. Under the next Multi-annual Financial Framework (2028-2034) the budget is set to double.',
    accessLevel: 'associated',
    accessNote:
      'Korean universities, institutes and firms can apply to Horizon Europe calls alongside European partners, which opens dual-use research in cyber, maritime and space from the bottom up.',
    summary: 'The EU’s research and innovation programme, open to dual-use research cooperation with associated countries.',
    sourceSlugs: [PAPER, 'eu-rok-security-defence-partnership-2024'],
  },
  {
    code: 'diana',
    acronym: 'DIANA',
    name: 'Defence Innovation Accelerator for the North Atlantic',
    owner: 'NATO',
    kind: 'accelerator',
    thirdCountryTerms:
      'Brings together innovators, start-ups, research institutions, industry and end-users from across the Alliance. Participation by a partner such as South Korea depends on its partnership status or formal agreements.',
    accessLevel: 'undetermined',
    accessNote:
      'South Korea can learn NATO’s requirements for emerging and disruptive technologies through DIANA, but whether Korean innovators can enter its accelerator or challenge programmes depends on agreements not yet in place.',
    summary:
      'NATO’s accelerator for emerging and disruptive technologies and dual-use innovation, working through test centres and accelerator sites.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'nif',
    acronym: 'NIF',
    name: 'NATO Innovation Fund',
    owner: 'NATO',
    kind: 'venture-fund',
    thirdCountryTerms:
      'A multi-sovereign venture capital instrument investing in early- and growth-stage firms working on dual-use technologies relevant to Alliance security.',
    accessLevel: 'undetermined',
    accessNote:
      'Korean firms might attract investment, co-investment or joint ventures with NATO entrepreneurs through the NIF, but the paper treats this as a possibility rather than an established route.',
    summary:
      'A long-horizon venture fund for “deep tech” that links innovators with the Alliance as a buyer or partner.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'ip4',
    acronym: 'NATO–IP4',
    name: 'NATO partnership with the Indo-Pacific partners (IP4)',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'South Korea is one of NATO’s four Indo-Pacific partners. The format can open cooperation through standardisation, science and technology cooperation and exercises.',
    accessLevel: 'associated',
    accessNote:
      'South Korea sits in the NATO–IP4 format as a partner, which gives it a standing diplomatic forum with the Alliance on defence and defence industrial matters.',
    summary: 'NATO’s framework of partnership with its four Indo-Pacific partners, a flexible and tailored pathway for defence industrial cooperation.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
  },
  {
    code: 'dpap',
    acronym: 'DPAP',
    name: 'Defence Production Action Plan',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms: 'Potentially allows IP4 countries to enhance cooperation in defence production, with an emphasis on efficient defence procurement.',
    accessLevel: 'dialogue',
    accessNote:
      'South Korea has no seat in the plan itself; its way in is through NATO–IP4 dialogue, which the paper suggests could link it to the DPAP.',
    summary: 'NATO’s plan to boost defence production among Allies.',
    sourceSlugs: [PAPER],
  },
  {
    code: 'ndpp',
    acronym: 'NDPP',
    name: 'NATO Defence Planning Process',
    owner: 'NATO',
    kind: 'partnership-framework',
    thirdCountryTerms:
      'The Alliance’s process for aligning military requirements, standardisation and capability development; a closer engagement of IP4 countries is proposed rather than in place.',
    accessLevel: 'dialogue',
    accessNote:
      'South Korea does not take part in NATO defence planning. A closer engagement of IP4 countries would let it align with NATO capability and technology plans.',
    summary: 'How NATO sets capability targets and aligns Allies’ defence plans.',
    sourceSlugs: [PAPER, 'simon-2025-primed-for-deterrence'],
  },
];
