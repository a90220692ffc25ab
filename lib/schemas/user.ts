import { z } from 'zod';

export const roles = ['editor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter a valid email address.' })).pipe(z.string().max(200));

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(12, { error: 'Use at least 12 characters.' }).max(200, { error: 'Use at most 200 characters.' });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'Enter your password.' }).max(200),
});

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2, { error: 'Enter a name.' }).max(100),
  role: roleSchema,
  password: newPasswordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;
