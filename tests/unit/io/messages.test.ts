import { describe, expect, it } from 'vitest';
import {
  COMPETENCY_LEVELS,
  CONSENSUS_LEVELS,
  GOVERNANCE_FORMS,
  INVOLVEMENTS,
  RESOURCE_KINDS,
  TRUST_LEVELS,
} from '../../../src/domain/arena';
import { enIo } from '../../../src/i18n/en.io';
import { nlIo } from '../../../src/i18n/nl.io';
import { ALONE_ANSWERS } from '../../../src/io/schema';
import { ARENA_PARTS, EXPECTED_KINDS, IMPORT_ERROR_CODES, importErrorKey, importErrorMessage } from '../../../src/io/errors';

const messages: Readonly<Record<string, string>> = enIo;

describe('io messages', () => {
  it.each(IMPORT_ERROR_CODES)('%s has an English message', (code) => {
    expect(messages[importErrorKey({ code })]).toMatch(/\S/);
  });

  it.each(EXPECTED_KINDS)('expected kind %s has an English text', (kind) => {
    expect(messages[`io.expected.${kind}`]).toMatch(/\S/);
  });

  it.each(ARENA_PARTS)('arena part %s is named in words, in English and Dutch, not by its key', (part) => {
    for (const table of [enIo, nlIo] as Readonly<Record<string, string>>[]) {
      const text = table[`io.part.${part}`];
      expect(text).toMatch(/\S/);
      expect(text).not.toBe(part);
    }
  });

  it('has no part text without an arena part', () => {
    const parts = new Set<string>(ARENA_PARTS);
    const orphans = Object.keys(enIo)
      .filter((k) => k.startsWith('io.part.'))
      .filter((k) => !parts.has(k.slice('io.part.'.length)));
    expect(orphans).toEqual([]);
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

  it.each([
    ['resourceKind', RESOURCE_KINDS],
    ['involvements', INVOLVEMENTS],
    ['alone', ALONE_ANSWERS],
    ['governanceForm', GOVERNANCE_FORMS],
    ['trust', TRUST_LEVELS],
    ['consensus', CONSENSUS_LEVELS],
    ['competencies', COMPETENCY_LEVELS],
  ] as const)('expected kind %s names every value the file may hold, in English and Dutch', (kind, values) => {
    for (const table of [enIo, nlIo] as Readonly<Record<string, string>>[]) {
      const words = new Set(table[`io.expected.${kind}`]!.split(/[^A-Za-z]+/));
      expect(values.filter((v) => !words.has(v))).toEqual([]);
    }
  });

  it('words the new format-2 errors in the user\'s terms', () => {
    expect(importErrorMessage({ code: 'resourceField', params: { n: 3, m: 1, field: 'importance', expected: 'score' } }, enIo)).toBe(
      'Partner 3, resource 1: importance must be a whole number from 1 to 4.',
    );
    expect(importErrorMessage({ code: 'actionNoTitle', params: { n: 1 } }, enIo)).toBe('Action 1 has no title.');
    expect(importErrorMessage({ code: 'teamMemberNoName', params: { n: 2 } }, enIo)).toBe('Team member 2 has no name.');
    expect(importErrorMessage({ code: 'governanceField', params: { field: 'form', expected: 'governanceForm' } }, enIo)).toBe(
      'The governance form must be shared, lead, nao or null.',
    );
    expect(importErrorMessage({ code: 'resourceField', params: { n: 3, m: 1, field: 'importance', expected: 'score' } }, nlIo)).toBe(
      'Partner 3, middel 1: importance moet een geheel getal van 1 tot 4 zijn.',
    );
  });

  it('falls back to the generic message for an unknown code', () => {
    expect(importErrorMessage({ code: 'nope' as never }, enIo)).toBe('This file could not be opened.');
  });

  it('leaves values from the file as plain text (no second substitution)', () => {
    expect(importErrorMessage({ code: 'duplicatePartnerId', params: { id: '{n}<b>' } }, enIo)).toBe('Two partners share the id "{n}<b>".');
  });
});
