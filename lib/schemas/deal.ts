// A deal's vocabularies: the values its domain, cooperation type, stage and organisations' roles take.
import { z } from 'zod';

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

/** Which side supplies the system, the skills or the production: who sells, or who brings the know-how. */
export const supplierSides = ['korean', 'european'] as const;

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
