/** The texts of the partner-list import (en/nl.listImport.ts), held to the rules of the app's other tables. */
import { describe, expect, it } from 'vitest';
import { enListImport } from '../../../src/i18n/en.listImport';
import { nlListImport } from '../../../src/i18n/nl.listImport';
import { LIST_ERROR_CODES } from '../../../src/io/listTable';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('en.listImport / nl.listImport', () => {
  it('have exactly the same keys, each a non-empty text with the same placeholders', () => {
    expect(Object.keys(nlListImport).sort()).toEqual(Object.keys(enListImport).sort());
    for (const [key, text] of Object.entries(enListImport)) {
      const dutch = nlListImport[key as keyof typeof enListImport];
      expect(text.trim(), key).not.toBe('');
      expect(dutch.trim(), key).not.toBe('');
      expect(placeholders(dutch), key).toEqual(placeholders(text));
    }
  });

  it('have a text for every reason a file is refused', () => {
    for (const code of LIST_ERROR_CODES) expect(Object.keys(enListImport)).toContain(`list.error.${code}`);
  });

  it('use the typographic apostrophe, no markup, and Flemish "kan je"', () => {
    const all = [...Object.entries(enListImport), ...Object.entries(nlListImport)];
    expect(all.filter(([, text]) => /[\p{L}\d]'\p{L}/u.test(text) || /<[a-z]/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(Object.entries(nlListImport).filter(([, text]) => /\bkun (je|jij)\b|\b(je|jij) kunt\b/i.test(text))).toEqual([]);
  });
});
