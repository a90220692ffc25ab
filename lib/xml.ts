// XML 1.0 allows only tab, newline, carriage return and U+0020 on, less the surrogates and U+FFFE/U+FFFF
// (the Char production). One other character, a NUL or a C0 control pasted with a note, makes the
// whole document malformed, and a feed reader then refuses every entry: such characters are dropped.
// With the `u` flag a lone surrogate is one code point, outside the ranges, and is dropped too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}
