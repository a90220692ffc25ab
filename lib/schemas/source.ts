// A source's vocabulary: the kinds of work the bibliography holds.
import { z } from 'zod';

export const sourceKinds = [
  'paper',
  'article',
  'press-release',
  'policy-brief',
  'commentary',
  'legislation',
  'official-document',
] as const;
export const sourceKindSchema = z.enum(sourceKinds);
