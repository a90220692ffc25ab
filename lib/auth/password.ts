// Password hashing with argon2id (@node-rs/argon2: maintained, prebuilt for every platform, no
// compiler needed), at the library's defaults, which follow OWASP's recommended parameters.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a crash.
    return false;
  }
}

/** Verifying against this keeps the time of a sign-in for an unknown email like a known one. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2eYkqTq3Sx8mxF2LqjH0p2g7rZ1c0m8l6a5b4c3d2e0';
