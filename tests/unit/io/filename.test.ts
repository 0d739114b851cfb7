import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/io/filename';

const J = '.arena.json';

describe('safeFileName', () => {
  it.each([
    ['Liveability station', 'Liveability station.arena.json'],
    ['Liveability: station / Noord', 'Liveability station Noord.arena.json'],
    ['a\\b*c?d"e<f>g|h', 'a b c d e f g h.arena.json'],
    ['  spaced \t\n out  ', 'spaced out.arena.json'],
    ['tab\u0000nul\u001fend\u007f', 'tab nul end.arena.json'],
    ['...hidden', 'hidden.arena.json'],
    ['ends with dots...', 'ends with dots.arena.json'],
    ['Café Zuid-Oost ☕', 'Café Zuid-Oost ☕.arena.json'],
    ['', 'arena.arena.json'],
    ['   ', 'arena.arena.json'],
    ['/:*?', 'arena.arena.json'],
    ['. . .', 'arena.arena.json'],
    ['CON', 'CON_.arena.json'],
    ['nul', 'nul_.arena.json'],
    ['Com1', 'Com1_.arena.json'],
    ['lpt9', 'lpt9_.arena.json'],
    ['con.backup', 'con_.backup.arena.json'],
    ['CONTACTS', 'CONTACTS.arena.json'],
    ['invoice\u202Egnp.exe', 'invoice gnp.exe.arena.json'],
  ])('%j → %j', (title, expected) => {
    expect(safeFileName(title, J)).toBe(expected);
  });

  it('normalises to NFC', () => {
    expect(safeFileName('Cafe\u0301', '.csv')).toBe('Caf\u00e9.csv');
  });

  it('caps long titles at 100 characters and trims what the cut leaves at the end', () => {
    expect(safeFileName('a'.repeat(300), J)).toBe('a'.repeat(100) + J);
    expect(safeFileName('a'.repeat(99) + ' b', J)).toBe('a'.repeat(99) + J);
  });

  it('keeps within 200 UTF-8 bytes without splitting a character or emoji', () => {
    const family = '👩‍👩‍👧‍👦'; // one grapheme, 25 bytes
    const name = safeFileName(family.repeat(20), '.png');
    const base = name.slice(0, -'.png'.length);
    expect(new TextEncoder().encode(base).length).toBeLessThanOrEqual(200);
    expect(base).toBe(family.repeat(8));
    const cjk = safeFileName('漢'.repeat(150), J).slice(0, -J.length);
    expect(cjk).toBe('漢'.repeat(66));
  });

  it('never returns an illegal character for any single code point', () => {
    for (let c = 0; c < 0x3000; c++) {
      const name = safeFileName(`a${String.fromCharCode(c)}b`, '');
      expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
      expect(name.length).toBeGreaterThan(0);
    }
  });
});
