// Creating and managing accounts, shared by the command line and the admin pages.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/sessions';
import { type NewUser, newUserSchema } from '@/lib/schemas/user';

export type CreateUserResult = { ok: true; id: number } | { ok: false; reason: 'invalid' | 'email-taken'; fieldErrors: Record<string, string[]> };

export async function createUser(client: PrismaClient, input: NewUser): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, reason: 'invalid', fieldErrors };
  }
  const { email, name, role, password } = parsed.data;
  if (await client.user.findUnique({ where: { email } })) return { ok: false, reason: 'email-taken', fieldErrors: { email: ['An account with this email exists.'] } };
  const user = await client.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
  return { ok: true, id: user.id };
}

/** Disabling also ends the user's sessions at once. */
export async function setUserDisabled(client: PrismaClient, id: number, disabled: boolean): Promise<void> {
  await client.$transaction([
    client.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } }),
    ...(disabled ? [client.session.deleteMany({ where: { userId: id } })] : []),
  ]);
}

export type DisableRequest = { ok: true; id: number; disabled: boolean } | { ok: false; reason: 'not-admin' | 'bad-id' | 'self' };

/**
 * Whether `actor` may enable or disable the account a submitted form names. The form is shown to
 * admins only, so a refusal means a forged request: it is refused as a value, never thrown.
 */
export function disableRequest(actor: SessionUser | null, form: FormData): DisableRequest {
  if (actor?.role !== 'admin') return { ok: false, reason: 'not-admin' };
  const raw = form.get('id');
  const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) return { ok: false, reason: 'bad-id' };
  // An admin cannot lock themselves out.
  if (id === actor.id) return { ok: false, reason: 'self' };
  return { ok: true, id, disabled: form.get('disable') === '1' };
}
