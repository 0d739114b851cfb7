import { describe, expect, it } from 'vitest';
import { importedTitle } from '../../../src/app/importFile';
import { translator } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';

const tEn = translator(en);
const tNl = translator(nl);

describe('the title of an imported arena', () => {
  it('is the file’s own title when no arena has it', () => {
    expect(importedTitle('Youth work', new Set(['Other']), tEn)).toBe('Youth work');
  });

  it('counts on with every import of the same file: (imported), (imported 2), (imported 3)', () => {
    const taken = new Set(['Youth work']);
    const first = importedTitle('Youth work', taken, tEn);
    expect(first).toBe('Youth work (imported)');
    taken.add(first);
    const second = importedTitle('Youth work', taken, tEn);
    expect(second).toBe('Youth work (imported 2)');
    taken.add(second);
    expect(importedTitle('Youth work', taken, tEn)).toBe('Youth work (imported 3)');
  });

  it('counts from the original title when the file itself came from an import', () => {
    const taken = new Set(['Youth work', 'Youth work (imported)', 'Youth work (imported 2)']);
    expect(importedTitle('Youth work (imported 2)', taken, tEn)).toBe('Youth work (imported 3)');
    expect(importedTitle('Youth work (imported)', taken, tEn)).toBe('Youth work (imported 3)');
  });

  it('is said in the UI language', () => {
    const taken = new Set(['Jeugdwerk', 'Jeugdwerk (geïmporteerd)']);
    expect(importedTitle('Jeugdwerk', taken, tNl)).toBe('Jeugdwerk (geïmporteerd 2)');
    taken.add('Jeugdwerk (geïmporteerd 2)');
    expect(importedTitle('Jeugdwerk', taken, tNl)).toBe('Jeugdwerk (geïmporteerd 3)');
  });

  it('treats brackets and symbols in a title as text', () => {
    const taken = new Set(['a.b (c) [d]', 'a.b (c) [d] (imported)']);
    expect(importedTitle('a.b (c) [d]', taken, tEn)).toBe('a.b (c) [d] (imported 2)');
  });
});
