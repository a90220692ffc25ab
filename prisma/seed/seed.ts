// Loads the paper's data into a database: validated by the app's zod schemas, written in one
// transaction, keyed by stable slugs so that running it twice leaves the same data. Tracker state
// (a recommendation's stage, review date, milestone dates) belongs to editors and is never reset.
import { z } from 'zod';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parsePartialDate } from '@/lib/schemas/common';
import { challengeSchema } from '@/lib/schemas/challenge';
import { findingSchema } from '@/lib/schemas/finding';
import { recommendationSchema } from '@/lib/schemas/recommendation';
import { deal, dealRow, dealSchema } from '@/lib/records/deal';
import { writeDealEvents } from '@/lib/records/deal-events';
import { country, countrySchema } from '@/lib/records/country';
import { instrument, instrumentSchema } from '@/lib/records/instrument';
import { keyFigure, keyFigureSchema } from '@/lib/records/key-figure';
import { organisation, organisationSchema } from '@/lib/records/organisation';
import { noRefs } from '@/lib/records/fields';
import { source as sourceRecord, sourceSchema } from '@/lib/records/source';
import { challenges } from './data/challenges';
import { deals } from './data/deals';
import { findings } from './data/findings';
import { instruments } from './data/instruments';
import { keyFigures } from './data/key-figures';
import { countries, organisations } from './data/parties';
import { recommendations } from './data/recommendations';
import { sources } from './data/sources';
import { seedFindings } from './seed-findings';

/** The whole seed, parsed: throws with every problem if any record is invalid. */
export function parseSeed() {
  return {
    sources: z.array(sourceSchema).parse(sources),
    countries: z.array(countrySchema).parse(countries),
    organisations: z.array(organisationSchema).parse(organisations),
    instruments: z.array(instrumentSchema).parse(instruments),
    recommendations: z.array(recommendationSchema).parse(recommendations),
    challenges: z.array(challengeSchema).parse(challenges),
    deals: z.array(dealSchema).parse(deals),
    keyFigures: z.array(keyFigureSchema).parse(keyFigures),
    findings: z.array(findingSchema).parse(findings),
  };
}
export type Seed = ReturnType<typeof parseSeed>;

const bySlug = (slugs: string[]) => slugs.map((slug) => ({ slug }));
const byCode = (codes: string[]) => codes.map((code) => ({ code }));
const byNumber = (numbers: number[]) => numbers.map((number) => ({ number }));

export async function seed(db: PrismaClient, data: Seed = parseSeed()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const sourceId = new Map<string, number>();
      for (const s of data.sources) {
        const fields = sourceRecord.row(s, noRefs);
        const row = await tx.source.upsert({ where: { slug: s.slug }, create: fields, update: fields });
        sourceId.set(s.slug, row.id);
        for (const number of s.footnotes) {
          await tx.footnote.upsert({ where: { number }, create: { number, sourceId: row.id }, update: { sourceId: row.id } });
        }
      }
      const source = (slug: string) => {
        const id = sourceId.get(slug);
        if (id === undefined) throw new Error(`Unknown source "${slug}"`);
        return id;
      };

      for (const c of data.countries) {
        const fields = country.row(c, { sourceId: source });
        await tx.country.upsert({
          where: { code: c.code },
          create: { ...fields, ...country.links(c, 'connect', 'all', { sourceId: source }) },
          update: { ...fields, ...country.links(c, 'set', 'all', { sourceId: source }) },
        });
      }
      for (const o of data.organisations) {
        const fields = organisation.row(o, noRefs);
        await tx.organisation.upsert({ where: { slug: o.slug }, create: fields, update: fields });
      }

      for (const i of data.instruments) {
        const row = instrument.row(i, { sourceId: source });
        await tx.instrument.upsert({ where: { code: i.code }, create: { ...row, ...instrument.links(i, 'connect', 'all', { sourceId: source }) }, update: { ...row, ...instrument.links(i, 'set', 'all', { sourceId: source }) } });
      }

      for (const { actors, instrumentCodes, sourceSlugs, milestones, ...r } of data.recommendations) {
        const links = { instruments: byCode(instrumentCodes), sources: bySlug(sourceSlugs) };
        const row = await tx.recommendation.upsert({
          where: { number: r.number },
          create: {
            ...r,
            instruments: { connect: links.instruments },
            sources: { connect: links.sources },
            actors: { create: actors.map((actor) => ({ actor })) },
          },
          update: { ...r, instruments: { set: links.instruments }, sources: { set: links.sources } },
        });
        await tx.recommendationActor.deleteMany({ where: { recommendationId: row.id, actor: { notIn: actors } } });
        for (const actor of actors) {
          await tx.recommendationActor.upsert({
            where: { recommendationId_actor: { recommendationId: row.id, actor } },
            create: { recommendationId: row.id, actor },
            update: {},
          });
        }
        for (const [position, { targetDate, doneDate, ...m }] of milestones.entries()) {
          const dates = {
            targetDate: targetDate ? parsePartialDate(targetDate).date : null,
          };
          await tx.milestone.upsert({
            where: { recommendationId_slug: { recommendationId: row.id, slug: m.slug } },
            create: { ...m, ...dates, position, recommendationId: row.id, doneAt: doneDate ? parsePartialDate(doneDate).date : null },
            update: { ...m, ...dates, position },
          });
        }
      }

      for (const { instrumentCodes, recommendationNumbers, sourceSlugs, ...c } of data.challenges) {
        const links = {
          instruments: byCode(instrumentCodes),
          recommendations: byNumber(recommendationNumbers),
          sources: bySlug(sourceSlugs),
        };
        await tx.challenge.upsert({
          where: { slug: c.slug },
          create: {
            ...c,
            instruments: { connect: links.instruments },
            recommendations: { connect: links.recommendations },
            sources: { connect: links.sources },
          },
          update: {
            ...c,
            instruments: { set: links.instruments },
            recommendations: { set: links.recommendations },
            sources: { set: links.sources },
          },
        });
      }

      const organisationBySlug = new Map(data.organisations.map((o) => [o.slug, o]));
      const countryByCode = new Map(data.countries.map((c) => [c.code, c]));
      for (const d of data.deals) {
        const fields = dealRow(d, {
          sourceId: source,
          country: countryByCode.get(d.partnerCountry) ?? { name: '' },
          organisations: d.organisations.flatMap((o) => organisationBySlug.get(o.slug) ?? []),
        });
        const row = await tx.deal.upsert({ where: { slug: d.slug }, create: { ...fields, ...deal.links(d, 'connect', 'all', { sourceId: source }) }, update: { ...fields, ...deal.links(d, 'set', 'all', { sourceId: source }) } });
        await tx.dealOrganisation.deleteMany({ where: { dealId: row.id } });
        for (const o of d.organisations) {
          const org = await tx.organisation.findUniqueOrThrow({ where: { slug: o.slug } });
          await tx.dealOrganisation.create({ data: { dealId: row.id, organisationId: org.id, role: o.role } });
        }
        await writeDealEvents(tx, row.id, d.events, { sourceId: source });
      }

      for (const [position, k] of data.keyFigures.entries()) {
        const fields = { ...keyFigure.row(k, { sourceId: source }), position };
        await tx.keyFigure.upsert({ where: { slug: k.slug }, create: fields, update: fields });
      }

      await seedFindings(tx, data.findings);
    },
    { timeout: 60_000 },
  );
}
