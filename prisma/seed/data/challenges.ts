// The four obstacles of the paper's chapter two.
import type { ChallengeInput } from '@/lib/schemas/challenge';
import { PAPER } from './sources';

export const challenges: ChallengeInput[] = [
  {
    slug: 'legal-regulatory-barriers',
    number: 1,
    title: 'Legal and regulatory barriers',
    summary:
      'EU programme rules restrict firms not established in the EU or not controlled from its member states, and attach strict conditions on intellectual property, data security and technology control to third-country participation.',
    instrumentCodes: ['edf', 'edip', 'safe'],
    recommendationNumbers: [1, 10],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'eu-nato-misalignment',
    number: 2,
    title: 'EU–NATO institutional misalignment',
    summary:
      'NATO’s innovation tools and the EU’s market-building instruments run on parallel, loosely aligned tracks with different governance logics, so Korean partners must navigate two systems.',
    instrumentCodes: ['diana', 'nif', 'edf', 'ndpp'],
    recommendationNumbers: [1, 4, 5],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'industrial-competition',
    number: 3,
    title: 'Industrial competition',
    summary:
      'European and Korean firms compete in armoured vehicles, artillery and naval platforms, and differing export-control policies complicate joint ventures and coordinated exports.',
    instrumentCodes: ['edip'],
    recommendationNumbers: [3, 6, 9],
    sourceSlugs: [PAPER],
  },
  {
    slug: 'strategic-geography',
    number: 4,
    title: 'Strategic geography and alliance politics',
    summary:
      'Korea is embedded in the US-led Indo-Pacific architecture while the EU and NATO look to the Euro-Atlantic, raising questions about the political sustainability of long-term partnerships.',
    instrumentCodes: ['ip4'],
    recommendationNumbers: [1, 2, 5],
    sourceSlugs: [PAPER, 'lipke-2025-plus-sides-of-pragmatism'],
  },
];
