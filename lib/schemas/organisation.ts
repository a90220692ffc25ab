// An organisation's vocabularies: its kinds and origins.
import { z } from 'zod';

export const organisationKinds = ['firm', 'public-body', 'international-organisation'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** Which side of a Korea–Europe deal an organisation stands on. */
export const organisationOrigins = ['korean', 'european', 'international'] as const;
export const organisationOriginSchema = z.enum(organisationOrigins);
