import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { apiError } from '@/lib/api';
import { toRawParams } from '@/lib/filters/params';
import { knownLocale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { describeView } from '@/lib/views/describe';
import { isListKind, readView } from '@/lib/lists';
import { countText, countView } from '@/lib/views/metadata';
import { dealCharts } from '@/lib/charts/deal-charts';
import type { DealFilters } from '@/lib/filters/deals';
import { formatNumber } from '@/lib/format';

export const dynamic = 'force-dynamic';

// Pretendard (SIL OFL) from npm covers Latin and Hangul, so the card never needs a font from the
// network. The renderer would fetch fonts for glyphs it lacks, so text is kept to what it covers.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');
let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'Pretendard-Regular.otf')).then((data) => ({ name: 'Pretendard', data, weight: 400 as const, style: 'normal' as const })),
    readFile(path.join(FONT_DIR, 'Pretendard-Bold.otf')).then((data) => ({ name: 'Pretendard', data, weight: 700 as const, style: 'normal' as const })),
  ]);
  return fonts;
}

/** Latin, general punctuation, currency signs and Hangul; anything else becomes a space. */
function coveredText(text: string): string {
  return text.replace(/[^\u0020-\u024F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u2193\u3000-\u303F\u3130-\u318F\uAC00-\uD7A3]/gu, ' ').replace(/\s+/g, ' ').trim();
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** GET /api/og/{deals|instruments|recommendations|sources}?<view>&locale=ko: a 1200×630 PNG card. */
export async function GET(request: Request, { params }: RouteContext<'/api/og/[list]'>) {
  const { list } = await params;
  if (!isListKind(list)) return apiError(404, 'No such list.');
  const { locale: rawLocale, ...raw } = toRawParams(new URL(request.url).searchParams);
  const locale = knownLocale(rawLocale);
  // A card describes what the page would show: dropped parameters are left out, as on the page.
  const { filters } = readView(list, raw);
  const [description, count, fontData] = await Promise.all([describeView(list, filters, locale), countView(list, filters), loadFonts()]);
  const tagline = translatorFor(locale, 'views.preview')('tagline');
  // A deals card shows the view's key numbers as a picture: its deals by partner country.
  const chart = list === 'deals' && count > 0 ? (await dealCharts(filters as DealFilters, locale)).charts.find((c) => c.id === 'country') : undefined;
  const bars = chart?.bars.slice(0, 5) ?? [];
  const max = Math.max(1, ...bars.map((b) => b.value));

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 64, background: '#ffffff', color: '#18181b', fontFamily: 'Pretendard' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 32, color: '#1e3a8a' }}>
          <div style={{ display: 'flex', width: 20, height: 56, background: '#1e40af' }} />
          <span style={{ fontWeight: 700 }}>Ties</span>
          <span style={{ color: '#52525b' }}>{coveredText(tagline)}</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
          <div style={{ fontSize: 72, fontWeight: 700 }}>{coveredText(description.title)}</div>
          {description.parts.length ? (
            <div style={{ fontSize: 40, lineHeight: 1.3, color: '#27272a' }}>{clip(coveredText(description.parts.join(' · ')), 160)}</div>
          ) : null}
        </div>
        <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 48 }}>
          <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, color: '#1e40af' }}>{coveredText(countText(list, count, locale))}</div>
          {chart && bars.length ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 6, width: 520 }}>
              <div style={{ display: 'flex', fontSize: 22, color: '#52525b' }}>{coveredText(chart.title)}</div>
              {bars.map((bar) => (
                <div key={bar.key} style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 22 }}>
                  <div style={{ display: 'flex', width: 170, justifyContent: 'flex-end' }}>{clip(coveredText(bar.label), 16)}</div>
                  <div style={{ display: 'flex', width: Math.max(4, (bar.value / max) * 280), height: 22, background: '#0072B2' }} />
                  <div style={{ display: 'flex' }}>{formatNumber(bar.value, locale)}</div>
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    ),
    { width: 1200, height: 630, fonts: fontData, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
