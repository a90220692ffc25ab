// `npm run db:seed`: loads the paper's data. With --if-empty it does nothing when data is present,
// so that starting the app never overwrites what editors have changed.
import { db } from '@/lib/db';
import { databaseTarget, describeTarget } from '@/lib/database-url';
import { seed } from './seed';

async function main() {
  const ifEmpty = process.argv.includes('--if-empty');
  if (ifEmpty && (await db.source.count()) > 0) {
    console.log(`Seed: ${describeTarget(databaseTarget())} already has data; left as it is.`);
    return;
  }
  await seed(db);
  const [deals, instruments, recommendations] = await Promise.all([db.deal.count(), db.instrument.count(), db.recommendation.count()]);
  console.log(`Seed: ${deals} deals, ${instruments} instruments, ${recommendations} recommendations in ${describeTarget(databaseTarget())}.`);
}

main()
  .catch((error: unknown) => {
    console.error('Seed failed:', error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
