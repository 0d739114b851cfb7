/**
 * A file name from an arena's title that is valid on Windows, macOS and Linux: `safeFileName('Liveability
 * station', '.arena.json')` → `Liveability station.arena.json`.
 *
 * Characters illegal somewhere (`/ \ : * ? " < > |`), control characters and invisible direction marks
 * (which can disguise an extension) become spaces; runs of whitespace collapse to one space; leading and
 * trailing dots and spaces go (Windows drops trailing ones, a leading dot hides the file). The name is cut
 * at MAX_BASE_CHARS characters and MAX_BASE_BYTES UTF-8 bytes without splitting a character or emoji,
 * falls back to "arena" when nothing is left, and a Windows device name (CON, NUL, COM1 … also before a
 * dot: "con.backup") gets a trailing underscore.
 */

export const MAX_BASE_CHARS = 100;
/** Leaves room for the suffix within the 255-byte limit of common file systems. */
export const MAX_BASE_BYTES = 200;
export const FALLBACK_FILE_NAME = 'arena';

const ILLEGAL = /[/\\:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function safeFileName(title: string, suffix: string): string {
  let base = title.normalize('NFC').replace(ILLEGAL, ' ').replace(/\s+/gu, ' ');
  base = trimDotsAndSpaces(base);
  base = trimDotsAndSpaces(cut(base));
  if (base === '') base = FALLBACK_FILE_NAME;
  const firstDot = base.indexOf('.');
  const stem = firstDot < 0 ? base : base.slice(0, firstDot);
  if (RESERVED.test(stem.trimEnd())) base = `${stem.trimEnd()}_${firstDot < 0 ? '' : base.slice(firstDot)}`;
  return base + suffix;
}

function trimDotsAndSpaces(s: string): string {
  return s.replace(/^[.\s]+|[.\s]+$/gu, '');
}

/** At most MAX_BASE_CHARS user-perceived characters and MAX_BASE_BYTES UTF-8 bytes. */
function cut(s: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const piece of graphemes(s)) {
    const size = encoder.encode(piece).length;
    if (chars + 1 > MAX_BASE_CHARS || bytes + size > MAX_BASE_BYTES) break;
    out += piece;
    chars++;
    bytes += size;
  }
  return out;
}

function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);
  }
  return Array.from(s);
}
