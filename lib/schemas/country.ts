import { z } from 'zod';

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter ISO 3166 code.' });

export const countrySchema = z.object({
  code: countryCodeSchema,
  name: z.string().trim().min(2).max(100),
  nameKo: z.string().trim().max(100).optional(),
  eu: z.boolean().default(false),
  nato: z.boolean().default(false),
  ip4: z.boolean().default(false),
});
export type CountryInput = z.input<typeof countrySchema>;
