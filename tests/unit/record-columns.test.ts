// Each record's columns are defined once (lib/records) and read the same rows the export loads and
// the editor edits, with no cast between them: these checks fail to compile (tsc) if either drifts.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DealRecord } from '@/lib/records/deal';
import type { InstrumentRecord } from '@/lib/records/instrument';
import type { SourceRecord } from '@/lib/records/source';
import type { DealExportRow } from '@/lib/queries/deals';
import type { InstrumentListItem } from '@/lib/queries/instruments';
import type { SourceEntry } from '@/lib/queries/sources';
import { type DealStored, dealColumns } from '@/lib/records/deal';
import { type InstrumentStored, instrumentColumns } from '@/lib/records/instrument';
import { type SourceStored, sourceColumns } from '@/lib/records/source';

describe('record columns', () => {
  it('read what the export loads and what the editor loads', () => {
    expectTypeOf<DealExportRow>().toExtend<DealStored>();
    expectTypeOf<DealRecord>().toExtend<DealStored>();
    expectTypeOf<InstrumentListItem>().toExtend<InstrumentStored>();
    expectTypeOf<InstrumentRecord>().toExtend<InstrumentStored>();
    expectTypeOf<SourceEntry>().toExtend<SourceStored>();
    expectTypeOf<SourceRecord>().toExtend<SourceStored>();
  });

  it('have unique snake_case names', () => {
    for (const columns of [dealColumns, instrumentColumns, sourceColumns]) {
      const names = columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });
});
