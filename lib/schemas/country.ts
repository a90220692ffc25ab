// A country's code: two letters, ISO 3166.
import { z } from 'zod';

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter ISO 3166 code.' });
