// An instrument's vocabularies: its owners, kinds, and the levels of South Korea's access.
import { z } from 'zod';

export const instrumentOwners = ['EU', 'NATO'] as const;
export const instrumentOwnerSchema = z.enum(instrumentOwners);

export const instrumentKinds = [
  'grant-fund',
  'industrial-programme',
  'loan-facility',
  'accelerator',
  'venture-fund',
  'research-programme',
  'partnership-framework',
] as const;
export const instrumentKindSchema = z.enum(instrumentKinds);

/**
 * How far South Korea can take part, from most to least direct. The plain-language definitions
 * live with the interface text (messages/*.json, `accessLevel.*.definition`).
 */
export const accessLevels = ['associated', 'conditional', 'restricted', 'dialogue', 'undetermined'] as const;
export const accessLevelSchema = z.enum(accessLevels);
export type AccessLevel = z.infer<typeof accessLevelSchema>;
