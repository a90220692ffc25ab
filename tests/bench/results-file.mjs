// The bench scripts share one report, tests/bench/results.md: each writes its own section between
// its own markers and leaves the rest of the file as it is.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * Puts `text` between the markers `open` and `close` in `file`, in place of what was there. A
 * section written before it had a closing marker ends where the next section starts. A section not
 * in the file yet goes at its end, or at its head with `first`.
 */
export async function writeSection(file, open, close, text, { first = false } = {}) {
  const section = `${open}\n${text.trim()}\n${close}\n`;
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  const start = current.indexOf(open);
  let next;
  if (start === -1) next = first ? `${section}\n${current}` : `${current.trimEnd()}\n\n${section}`;
  else {
    const closed = current.indexOf(close, start);
    const following = current.indexOf('\n<!--', start + open.length);
    const end = closed !== -1 ? closed + close.length + 1 : following !== -1 ? following + 1 : current.length;
    next = current.slice(0, start) + section + current.slice(end);
  }
  await writeFile(file, next);
}
