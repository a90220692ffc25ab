// DATABASE_URL chooses the database: PostgreSQL for postgresql:// or postgres://, SQLite otherwise.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTarget, describeTarget } from '@/lib/database-url';

describe('databaseTarget', () => {
  it('selects SQLite for a file: URL or none, resolved against the root', () => {
    expect(databaseTarget({}, '/srv/ties')).toEqual({ provider: 'sqlite', url: 'file:/srv/ties/.data/ties.db', file: '/srv/ties/.data/ties.db' });
    expect(databaseTarget({ DATABASE_URL: 'file:db/x.db' }, '/srv/ties')).toMatchObject({ provider: 'sqlite', file: path.resolve('/srv/ties', 'db/x.db') });
  });

  it('selects PostgreSQL for postgresql:// and postgres:// URLs, kept as given', () => {
    const url = 'postgresql://ties:secret@db.internal:5432/ties?sslmode=require';
    expect(databaseTarget({ DATABASE_URL: url })).toEqual({ provider: 'postgresql', url });
    expect(databaseTarget({ DATABASE_URL: 'postgres://u@h/d' })).toEqual({ provider: 'postgresql', url: 'postgres://u@h/d' });
  });

  it('refuses other databases by name', () => {
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://u@h/d' })).toThrow(/"mysql:…"/);
  });
});

describe('describeTarget', () => {
  it('names a file relative to the root and never prints a password', () => {
    expect(describeTarget(databaseTarget({}, '/srv/ties'), '/srv/ties')).toBe('.data/ties.db');
    const described = describeTarget({ provider: 'postgresql', url: 'postgresql://ties:secret@db.internal:5432/ties' });
    expect(described).toBe('postgresql://ties:***@db.internal:5432/ties');
  });
});
