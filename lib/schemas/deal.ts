import { z } from 'zod';
import { currencySchema, partialDateSchema, slugSchema } from './common';
import { countryCodeSchema } from './country';

export const dealDomains = ['land', 'air', 'sea', 'space', 'cyber', 'multi-domain'] as const;
export const dealDomainSchema = z.enum(dealDomains);

export const cooperationTypes = [
  'export',
  'licensed-production',
  'co-development',
  'systems-integration',
  'production-support',
] as const;
export const cooperationTypeSchema = z.enum(cooperationTypes);
export type CooperationType = z.infer<typeof cooperationTypeSchema>;

/** The lifecycle of a deal, in order. */
export const dealStages = ['framework', 'contract', 'deliveries', 'local-production'] as const;
export const dealStageSchema = z.enum(dealStages);
export type DealStage = z.infer<typeof dealStageSchema>;

export const organisationRoles = [
  'prime-contractor',
  'partner',
  'customer',
  'licensee',
  'integrator',
  'supplier',
] as const;
export const organisationRoleSchema = z.enum(organisationRoles);

/** A stated value: all three parts or none, and never without its source. */
export const statedValueSchema = z.object({
  amount: z.number().positive().finite(),
  currency: currencySchema,
  text: z.string().trim().min(1).max(120),
  sourceSlug: slugSchema,
});

export const dealEventSchema = z.object({
  stage: dealStageSchema,
  date: partialDateSchema,
  description: z.string().trim().min(3).max(1000),
  descriptionKo: z.string().trim().max(1000).optional(),
  sourceSlug: slugSchema,
});

export const dealSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(3).max(200),
  titleKo: z.string().trim().max(200).optional(),
  system: z.string().trim().min(2).max(120),
  domain: dealDomainSchema,
  cooperationType: cooperationTypeSchema,
  partnerCountry: countryCodeSchema,
  value: statedValueSchema.optional(),
  /** Empty where the source gives no date. */
  date: partialDateSchema.optional(),
  stage: dealStageSchema,
  localisation: z.boolean(),
  technologyTransfer: z.boolean(),
  summary: z.string().trim().min(10).max(4000),
  summaryKo: z.string().trim().max(4000).optional(),
  organisations: z
    .array(z.object({ slug: slugSchema, role: organisationRoleSchema }))
    .min(1, { error: 'Name at least one organisation.' }),
  events: z.array(dealEventSchema).default([]),
  sourceSlugs: z.array(slugSchema).min(1, { error: 'Every deal needs at least one source.' }),
  instrumentCodes: z.array(slugSchema).default([]),
  recommendationNumbers: z.array(z.int().min(1).max(10)).default([]),
  challengeSlugs: z.array(slugSchema).default([]),
});
export type DealInput = z.input<typeof dealSchema>;
export type DealData = z.infer<typeof dealSchema>;
