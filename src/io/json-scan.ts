/**
 * A single iterative pass over JSON text that checks what `JSON.parse` cannot be trusted with: it finds the
 * exact offset of a syntax error the same way in every browser (engines word and place their errors
 * differently), refuses nesting deeper than a limit without recursion (a 10 MB `[[[[…` cannot overflow the
 * stack), refuses forbidden field names (`__proto__` …) and duplicate field names in one object (JSON.parse
 * would silently keep only the last one — a partner could vanish). Text that passes is valid JSON.
 */
import { FORBIDDEN_KEYS } from './limits';

export type ScanResult =
  | { ok: true }
  | { ok: false; kind: 'syntax' | 'end'; offset: number }
  | { ok: false; kind: 'tooDeep'; offset: number }
  | { ok: false; kind: 'forbiddenKey' | 'duplicateKey'; offset: number; key: string; path: (string | number)[] };

interface Frame {
  array: boolean;
  /** Name of this container in its parent (key or index); undefined for the root. */
  name: string | number | undefined;
  /** Next index (arrays). */
  count: number;
  keys: Set<string> | null;
}

type Mode = 'value' | 'after' | 'key';

const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;

export function scanJson(text: string, maxDepth: number): ScanResult {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  let mode: Mode = 'value';
  let pendingName: string | number | undefined;

  const ws = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c !== WS_SPACE && c !== WS_TAB && c !== WS_LF && c !== WS_CR) break;
      j++;
    }
    return j;
  };
  const path = (): (string | number)[] => stack.slice(1).map((f) => f.name as string | number);

  for (;;) {
    i = ws(i);
    if (mode === 'value') {
      if (i >= n) return { ok: false, kind: 'end', offset: n };
      const c = text.charCodeAt(i);
      if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        const array = c === 0x5b;
        if (stack.length >= maxDepth) return { ok: false, kind: 'tooDeep', offset: i };
        stack.push({ array, name: pendingName, count: 0, keys: array ? null : new Set() });
        i = ws(i + 1);
        if (i >= n) return { ok: false, kind: 'end', offset: n };
        const close = text.charCodeAt(i);
        if (close === (array ? 0x5d : 0x7d)) {
          stack.pop();
          i++;
          mode = 'after';
        } else if (array) {
          pendingName = 0;
          mode = 'value';
        } else {
          mode = 'key';
        }
        continue;
      }
      let end: number;
      if (c === 0x22 /* " */) end = scanString(text, i);
      else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) end = scanNumber(text, i);
      else end = scanLiteral(text, i);
      if (end < 0) return failAt(text, -end - 1);
      i = end;
      mode = 'after';
      continue;
    }
    const top = stack[stack.length - 1];
    if (mode === 'after') {
      if (!top) return i >= n ? { ok: true } : { ok: false, kind: 'syntax', offset: i };
      if (i >= n) return { ok: false, kind: 'end', offset: n };
      const c = text.charCodeAt(i);
      if (c === 0x2c /* , */) {
        i++;
        if (top.array) {
          top.count++;
          pendingName = top.count;
          mode = 'value';
        } else {
          mode = 'key';
        }
      } else if (c === (top.array ? 0x5d : 0x7d)) {
        stack.pop();
        i++;
      } else {
        return { ok: false, kind: 'syntax', offset: i };
      }
      continue;
    }
    // mode === 'key'
    if (i >= n) return { ok: false, kind: 'end', offset: n };
    if (text.charCodeAt(i) !== 0x22) return { ok: false, kind: 'syntax', offset: i };
    const start = i;
    const end = scanString(text, i);
    if (end < 0) return failAt(text, -end - 1);
    const raw = text.slice(start + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
    if (FORBIDDEN_KEYS.has(key)) return { ok: false, kind: 'forbiddenKey', offset: start, key, path: path() };
    const keys = top!.keys!;
    if (keys.has(key)) return { ok: false, kind: 'duplicateKey', offset: start, key, path: path() };
    keys.add(key);
    i = ws(end);
    if (i >= n) return { ok: false, kind: 'end', offset: n };
    if (text.charCodeAt(i) !== 0x3a /* : */) return { ok: false, kind: 'syntax', offset: i };
    i++;
    pendingName = key;
    mode = 'value';
  }
}

function failAt(text: string, offset: number): ScanResult {
  return offset >= text.length ? { ok: false, kind: 'end', offset: text.length } : { ok: false, kind: 'syntax', offset };
}

/** Index after the closing quote, or -(offset of the error) - 1. */
function scanString(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= n) return -n - 1;
      if (e === 0x75 /* u */) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= n) return -n - 1;
          if (!isHex(text.charCodeAt(i + k))) return -(i + k) - 1;
        }
        i += 6;
        continue;
      }
      // " \ / b f n r t
      if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) {
        return -(i + 1) - 1;
      }
      i += 2;
      continue;
    }
    i++;
  }
  return -n - 1;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (i >= text.length) return -i - 1;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -i - 1;
  if (text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const s = text.charCodeAt(i);
    if (s === 0x2b || s === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  for (const word of ['true', 'false', 'null']) {
    if (text.charCodeAt(start) !== word.charCodeAt(0)) continue;
    for (let k = 1; k < word.length; k++) {
      if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return -(start + k) - 1;
    }
    return start + word.length;
  }
  return -start - 1;
}

/** 1-based line and column (in characters) of an offset; CRLF and LF both end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, end)).length + 1 };
}
