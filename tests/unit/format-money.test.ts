// Amounts read as each language writes them, always in the source's own currency.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format';

describe('formatMoney', () => {
  it('writes Korean amounts by 억 and 조, with the thousands grouped', () => {
    expect(formatMoney(150_000_000_000, 'EUR', 'ko')).toBe('€1,500억');
    expect(formatMoney(6_500_000_000, 'USD', 'ko')).toBe('US$65억');
    expect(formatMoney(1_500_000_000_000, 'EUR', 'ko')).toBe('€1.5조');
  });

  it('writes English amounts in billions, in the source’s currency', () => {
    expect(formatMoney(150_000_000_000, 'EUR', 'en')).toBe('€150bn');
    expect(formatMoney(6_500_000_000, 'USD', 'en')).toBe('US$6.5bn');
  });
});
