import { z } from 'zod';
import { slugSchema } from './common';
import { countryCodeSchema } from './country';

export const organisationKinds = ['firm', 'public-body', 'international-organisation'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** Which side of a Korea–Europe deal an organisation stands on. */
export const organisationOrigins = ['korean', 'european', 'international'] as const;
export const organisationOriginSchema = z.enum(organisationOrigins);

export const organisationSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(2).max(200),
  nameKo: z.string().trim().max(200).optional(),
  kind: organisationKindSchema,
  origin: organisationOriginSchema,
  countryCode: countryCodeSchema.optional(),
  summary: z.string().trim().max(2000).optional(),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
