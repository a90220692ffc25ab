import { z } from 'zod';
import { characters, coded } from '@/lib/problems';

export const roles = ['editor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

// A form words a malformed address by its format (lib/problems.ts); the checks below that zod's
// kind of issue would word too generally ("Fill this in.") name their own problem code.
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter a valid email address.' })).pipe(z.string().max(200));

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z
  .string()
  .refine((v) => characters(v) >= 12, coded('newPassword', 'Use at least 12 characters.', { min: 12 }))
  .max(200, { error: 'Use at most 200 characters.' });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .refine((v) => v.length > 0, coded('password', 'Enter your password.'))
    .max(200),
});
export type SignIn = z.infer<typeof signInSchema>;

export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .refine((v) => characters(v) >= 2, coded('name', 'Enter a name.'))
    .max(100),
  role: roleSchema,
  password: newPasswordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;
