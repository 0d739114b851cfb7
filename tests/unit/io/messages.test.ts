import { describe, expect, it } from 'vitest';
import { enIo } from '../../../src/i18n/en.io';
import { EXPECTED_KINDS, IMPORT_ERROR_CODES, importErrorKey, importErrorMessage } from '../../../src/io/errors';

const messages: Readonly<Record<string, string>> = enIo;

describe('io messages', () => {
  it.each(IMPORT_ERROR_CODES)('%s has an English message', (code) => {
    expect(messages[importErrorKey({ code })]).toMatch(/\S/);
  });

  it.each(EXPECTED_KINDS)('expected kind %s has an English text', (kind) => {
    expect(messages[`io.expected.${kind}`]).toMatch(/\S/);
  });

  it('has no message without a code', () => {
    const codes = new Set<string>(IMPORT_ERROR_CODES);
    const orphans = Object.keys(enIo)
      .filter((k) => k.startsWith('io.error.'))
      .map((k) => k.slice('io.error.'.length))
      .filter((c) => c !== 'unknown' && !codes.has(c));
    expect(orphans).toEqual([]);
  });

  it('fills params and looks up the expected kind', () => {
    expect(importErrorMessage({ code: 'partnerField', params: { n: 3, field: 'expertise', expected: 'tagList' } }, enIo)).toBe(
      'Partner 3: expertise must be a list of tag keys.',
    );
    expect(importErrorMessage({ code: 'partnerNoName', params: { n: 12 } }, enIo)).toBe('Partner 12 has no name.');
  });

  it('falls back to the generic message for an unknown code', () => {
    expect(importErrorMessage({ code: 'nope' as never }, enIo)).toBe('This file could not be opened.');
  });

  it('leaves values from the file as plain text (no second substitution)', () => {
    expect(importErrorMessage({ code: 'duplicatePartnerId', params: { id: '{n}<b>' } }, enIo)).toBe('Two partners share the id "{n}<b>".');
  });
});
