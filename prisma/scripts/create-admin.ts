// `npm run user:create-admin`: creates the first admin. The password comes from TIES_ADMIN_PASSWORD
// or a hidden prompt, never from the command line (where it would land in shell history and `ps`).
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { db } from '@/lib/db';
import { createUser } from '@/lib/users';
import { runIfMain } from './cli';

async function ask(question: string, hidden = false): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(`${question.trim()} is needed: set it in the environment (no terminal to ask on).`);
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = hidden;
  const value = await answer;
  rl.close();
  if (hidden) process.stdout.write('\n');
  return value;
}

async function main() {
  const email = process.env.TIES_ADMIN_EMAIL || (await ask('Admin email: '));
  const name = process.env.TIES_ADMIN_NAME || (await ask('Admin name: '));
  const password = process.env.TIES_ADMIN_PASSWORD || (await ask('Password (at least 12 characters): ', true));
  const result = await createUser(db, { email, name, role: 'admin', password });
  await db.$disconnect();
  if (!result.ok) {
    for (const [field, messages] of Object.entries(result.fieldErrors)) console.error(`${field}: ${messages.join(' ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Created admin ${email.trim().toLowerCase()}.`);
}

runIfMain(import.meta.url, main);
