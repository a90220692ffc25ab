// Editing register records: validation, the version rule, revisions and retiring, on a real file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealEditor } from '@/lib/records/deal';
import { type Change, saveRecord, setRetired } from '@/lib/editing/save';
import type { Values } from '@/lib/editing/types';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

const eda = { id: null, name: 'Eda Editor' };
const newDeal: Values = {
  slug: 'hanwha-k9-romania-2026',
  title: 'K9 howitzers for Romania (2026 follow-on order)',
  system: 'K9 howitzer',
  domain: 'land',
  cooperation_type: 'export',
  stage: 'contract',
  partner_country: 'RO',
  organisations: 'hanwha-aerospace:prime-contractor',
  date: '2026-03',
  value_amount: '36000000',
  value_currency: 'EUR',
  value_text: '€36 million',
  value_source: 'fiott-2025-ties-that-truly-bind',
  localisation: 'false',
  technology_transfer: 'false',
  summary: 'A synthetic follow-on order used by the editing tests.',
  sources: 'fiott-2025-ties-that-truly-bind',
};

describe('the seeded deals as values', () => {
  it('read back unchanged: every field survives toValues → parse', async () => {
    const deals = await temp.db.deal.findMany({ select: { slug: true } });
    for (const { slug } of deals) {
      const record = (await dealEditor.load(temp.db, slug))!;
      const values = dealEditor.toValues(record);
      const parsed = dealEditor.parse(values);
      expect(parsed.ok, slug).toBe(true);
      if (parsed.ok) expect(dealEditor.dataValues(parsed.data), slug).toEqual(values);
    }
  });
});

describe('saving a deal', () => {
  it('creates it at version 1 with a revision of every field', async () => {
    const country = await temp.db.country.findUnique({ where: { code: 'RO' } });
    expect(country).not.toBeNull();
    const result = await saveRecord(temp.db, dealEditor, { key: null, values: newDeal, note: 'New contract reported', author: eda });
    expect(result).toMatchObject({ ok: true, action: 'create', version: 1 });
    const deal = await temp.db.deal.findUniqueOrThrow({ where: { slug: newDeal.slug }, include: { organisations: true } });
    expect(deal).toMatchObject({ valueAmount: 36e6, valueCurrency: 'EUR', year: 2026, datePrecision: 'month', version: 1 });
    expect(deal.searchText).toContain('romania');
    const revision = await temp.db.revision.findFirstOrThrow({ where: { entity: 'deal', recordKey: newDeal.slug } });
    expect(revision).toMatchObject({ version: 1, action: 'create', authorName: 'Eda Editor', note: 'New contract reported' });
    expect(JSON.parse(revision.changes)).toContainEqual({ field: 'value_amount', from: '', to: '36000000' });
  });

  it('refuses a number without its source, field by field, and writes nothing', async () => {
    const before = await temp.db.revision.count();
    const result = await saveRecord(temp.db, dealEditor, {
      key: null,
      values: { ...newDeal, slug: 'no-source-deal', value_source: '', title: 'x' },
      note: 'Should fail',
      author: eda,
    });
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') {
      expect(result.errors.value_source).toEqual([{ code: 'needsSource' }]);
      expect(result.errors.title?.[0]?.code).toBe('tooShort');
    } else throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(await temp.db.revision.count()).toBe(before);
    expect(await temp.db.deal.findUnique({ where: { slug: 'no-source-deal' } })).toBeNull();
  });

  it('names unknown references and refuses a duplicate key', async () => {
    const unknown = await saveRecord(temp.db, dealEditor, {
      key: null,
      values: { ...newDeal, slug: 'ghost-deal', organisations: 'no-such-firm:partner', partner_country: 'ZZ', sources: 'nowhere' },
      note: 'Unknown references',
      author: eda,
    });
    expect(unknown).toMatchObject({ ok: false, reason: 'invalid' });
    if (!unknown.ok && unknown.reason === 'invalid') {
      expect(Object.keys(unknown.errors).sort()).toEqual(['organisations', 'partner_country', 'sources']);
    }
    const duplicate = await saveRecord(temp.db, dealEditor, { key: null, values: newDeal, note: 'Again', author: eda });
    expect(duplicate).toMatchObject({ ok: false, reason: 'invalid', errors: { slug: [{ code: 'exists' }] } });
  });

  it('updates with the loaded version, records from → to, and refuses a stale save', async () => {
    const update = await saveRecord(temp.db, dealEditor, {
      key: newDeal.slug!,
      expectedVersion: 1,
      values: { ...newDeal, stage: 'deliveries' },
      note: 'First deliveries',
      author: eda,
    });
    expect(update).toMatchObject({ ok: true, version: 2, changes: [{ field: 'stage', from: 'contract', to: 'deliveries' }] });
    const stale = await saveRecord(temp.db, dealEditor, {
      key: newDeal.slug!,
      expectedVersion: 1,
      values: { ...newDeal, title: 'A stale edit that must not win' },
      note: 'Stale',
      author: { id: null, name: 'Other Editor' },
    });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 2 });
    if (!stale.ok && stale.reason === 'conflict') expect(stale.since.map((s) => s.note)).toEqual(['First deliveries']);
    const deal = await temp.db.deal.findUniqueOrThrow({ where: { slug: newDeal.slug } });
    expect(deal.title).toBe(newDeal.title);
    expect(deal.version).toBe(2);
  });

  it('reports an unchanged save instead of writing a revision, and requires a note', async () => {
    const record = (await dealEditor.load(temp.db, newDeal.slug!))!;
    const same = await saveRecord(temp.db, dealEditor, { key: newDeal.slug!, expectedVersion: 2, values: dealEditor.toValues(record), note: 'Nothing', author: eda });
    expect(same).toEqual({ ok: false, reason: 'unchanged' });
    const noNote = await saveRecord(temp.db, dealEditor, { key: newDeal.slug!, expectedVersion: 2, values: { ...newDeal, stage: 'framework' }, note: ' ', author: eda });
    expect(noNote).toMatchObject({ ok: false, reason: 'invalid', errors: { change_note: [{ code: 'tooShort' }] } });
  });

  it('retires and restores with a revision each, never deleting', async () => {
    const retired = await setRetired(temp.db, dealEditor, { key: newDeal.slug!, expectedVersion: 2, retire: true, note: 'Order cancelled', author: eda });
    expect(retired).toEqual({ ok: true, version: 3 });
    expect((await temp.db.deal.findUniqueOrThrow({ where: { slug: newDeal.slug } })).retiredAt).toBeInstanceOf(Date);
    const stale = await setRetired(temp.db, dealEditor, { key: newDeal.slug!, expectedVersion: 2, retire: false, note: 'Stale restore', author: eda });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', currentVersion: 3 });
    const restored = await setRetired(temp.db, dealEditor, { key: newDeal.slug!, expectedVersion: 3, retire: false, note: 'Order reinstated', author: eda });
    expect(restored).toEqual({ ok: true, version: 4 });
    const actions = await temp.db.revision.findMany({ where: { recordKey: newDeal.slug }, orderBy: { version: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'retire', 'restore']);
  });
});

describe('the basis of a value', () => {
  it('is part of the record: changing it is a revision of its own, listed in the history', async () => {
    const slug = 'hyundai-rotem-k2-poland-2025';
    const record = (await dealEditor.load(temp.db, slug))!;
    const values = dealEditor.toValues(record);
    expect(values.date_basis).toBe('inferred');
    const reason = 'The month of the Korea Economic Daily article the paper cites for the contract.';
    const result = await saveRecord(temp.db, dealEditor, {
      key: slug,
      values: { ...values, date_basis_reason: reason },
      expectedVersion: record.version,
      note: 'Say which article the date comes from',
      author: eda,
    });
    expect(result).toMatchObject({ ok: true, action: 'update' });
    const revision = await temp.db.revision.findFirstOrThrow({ where: { entity: 'deal', recordKey: slug }, orderBy: { version: 'desc' } });
    const changes = JSON.parse(revision.changes) as Change[];
    expect(changes.map((c) => c.field)).toEqual(['date_basis_reason']);
    expect(changes[0]!.to).toBe(reason);
    const claim = await temp.db.claim.findFirstOrThrow({ where: { deal: { slug }, field: 'date' } });
    expect(claim.reason).toBe(reason);
  });
});
