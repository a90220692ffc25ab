// The Atom feed stays XML whatever a note holds: characters XML 1.0 forbids (NUL, C0 controls,
// U+FFFE/U+FFFF, lone surrogates), pasted with a note, are dropped rather than sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationChangeSchema } from '@/lib/schemas/recommendation';
import { applyRecommendationChange } from '@/lib/tracker/change';
import { atomFeed } from '@/lib/tracker/feed';
import { escapeXml } from '@/lib/xml';
import { seed } from '@/prisma/seed/seed';
import { createTempDatabase } from '../helpers/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await seed(temp.db);
});
afterAll(() => temp.dispose());

/** XML 1.0's Char production: what a document may contain at all. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const TEXT_OK = /^(?:[^<&]|&(?:lt|gt|amp|apos|quot|#[0-9]+|#x[0-9a-fA-F]+);)*$/;
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>$`);

/**
 * A strict check that `xml` is well-formed: only XML characters, one root, every tag closed in
 * order, attributes quoted, text and attribute values with no bare `<` or `&`. Returns the problem, or null.
 */
function wellFormedProblem(xml: string): string | null {
  if (!XML_CHARS.test(xml)) return `a character XML forbids at ${[...xml].findIndex((c) => !XML_CHARS.test(c))}`;
  // The declaration, then processing instructions such as the stylesheet's.
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '').replace(/^(?:<\?[a-z-]+ [^?]*\?>\s*)+/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const part of body.split(/(<[^>]*>)/)) {
    if (!part.startsWith('<')) {
      if (!TEXT_OK.test(part)) return `bad text: ${JSON.stringify(part.slice(0, 60))}`;
      if (stack.length === 0 && part.trim()) return 'text outside the root';
      continue;
    }
    const tag = TAG.exec(part);
    if (!tag) return `bad tag: ${JSON.stringify(part.slice(0, 60))}`;
    const [, closing, name = '', attributes = '', selfClosing] = tag;
    if (!TEXT_OK.test(attributes.replace(/\s+[^=\s]+\s*=\s*/g, '').replace(/["']/g, ''))) return `bad attribute in ${name}`;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    } else if (stack.length === 0) roots += 1;
  }
  if (stack.length) return `<${stack.at(-1)}> is never closed`;
  return roots === 1 ? null : `${roots} root elements`;
}

const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uD800';

describe('escapeXml', () => {
  it('drops the characters XML 1.0 forbids and keeps every other', () => {
    expect(escapeXml(`a${forbidden}b`)).toBe('ab');
    expect(escapeXml('\uDC00x\uD83D')).toBe('x');
    expect(escapeXml('tab\tline\ncr\r 한국어 🇰🇷 <&>"\'')).toBe('tab\tline\ncr\r 한국어 🇰🇷 &lt;&amp;&gt;&quot;&apos;');
  });
});

describe('the Atom feed', () => {
  it('is well-formed XML when a note holds control characters, NUL and lone surrogates', async () => {
    const user = await temp.db.user.create({ data: { email: 'feed@ties.test', name: `Fe${'\u0007'}ed Editor`, passwordHash: 'x', role: 'editor' } });
    const rec = await temp.db.recommendation.findUniqueOrThrow({ where: { number: 3 } });
    const change = recommendationChangeSchema.parse({ expectedVersion: rec.version, note: `Pasted${forbidden} from a PDF <b> & more` });
    expect(change.note).toContain('\u0000');
    expect(await applyRecommendationChange(temp.db, { id: user.id, name: user.name }, 3, change)).toMatchObject({ ok: true });

    for (const locale of ['en', 'ko'] as const) {
      const response = await atomFeed(new Request('http://localhost/recommendations/feed.xml'), locale, temp.db);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(wellFormedProblem(xml), locale).toBeNull();
      // SQLite stores a lone surrogate as bytes that read back as U+FFFD, which XML allows.
      expect(xml).toMatch(/Pasted\uFFFD{0,3} from a PDF &lt;b&gt; &amp; more/);
      expect(xml).toContain('<name>Feed Editor</name>');
    }
  });

  it('the check itself refuses what a feed reader would', () => {
    expect(wellFormedProblem('<a>\u0000</a>')).toMatch(/forbids/);
    expect(wellFormedProblem('<a>x & y</a>')).toMatch(/bad text/);
    expect(wellFormedProblem('<a><b></a>')).not.toBeNull();
    expect(wellFormedProblem('<?xml version="1.0"?>\n<a x="1"><b/>t &amp; u</a>\n')).toBeNull();
  });
});
