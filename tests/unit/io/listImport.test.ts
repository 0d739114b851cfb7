/** Mapping, matching, outcomes and placement of a partner-list import, on small hand-made tables. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { createArena, createPartner, partnersInOrder, type Arena } from '../../../src/domain/arena';
import { rectAround, overlaps } from '../../../src/domain/mapLayout';
import { placeOnRings } from '../../../src/domain/placeOnRings';
import { pointInRing, ringOf, type Ring } from '../../../src/domain/rings';
import { MAX_PARTNERS } from '../../../src/io/limits';
import { applyImport, listVocabulary, planImport, suggestMapping, type Mapping, type PlanOptions } from '../../../src/io/listImport';
import type { ListTable } from '../../../src/io/listTable';

const vocabulary = listVocabulary([en, nl]);
const NOW = '2026-11-30T12:00:00.000Z';
const SIZE = { width: 200, height: 80 };
const SKIP: PlanOptions = { duplicates: 'skip', ownTags: false };
let seq = 0;
const ids = () => `id-${++seq}`;

function tableOf(columns: string[], ...rows: string[][]): ListTable {
  return { format: 'csv', columns, hasHeading: true, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

function arenaWith(...partners: { name: string; ring?: Ring; angle?: number; expertise?: string[]; notes?: string; type?: string }[]): Arena {
  const arena = createArena('A', NOW, 'a');
  for (const p of partners) {
    const partner = createPartner({ name: p.name, notes: p.notes ?? '', type: p.type ?? '' }, NOW, `p-${p.name}`);
    partner.position = p.ring ? pointInRing(p.ring, null, p.angle ?? 0) : null;
    partner.expertise = p.expertise ?? [];
    arena.partners[partner.id] = partner;
  }
  return arena;
}

describe('suggestMapping', () => {
  it('reads the export’s own headers in both languages and the words people use', () => {
    expect(suggestMapping(['Naam', 'Type', 'Ring', 'Expertise', 'Werkstijl', 'Perspectief', 'Afhankelijkheid', 'Acties', 'Notities'], vocabulary)).toEqual(
      ['name', 'type', 'ring', 'expertise', 'style', 'perspective', null, null, 'notes'],
    );
    expect(suggestMapping(['ORGANISATION', 'Kind', 'Domain', 'Working style', 'Remarks'], vocabulary)).toEqual(['name', 'type', 'expertise', 'style', 'notes']);
    // A heading that holds a known word; accents and punctuation ignored.
    expect(suggestMapping(['Naam van de organisatie', 'Opmerkingen:', 'Périmètre'], vocabulary)).toEqual(['name', 'notes', null]);
  });

  it('gives each field to one column only, and the first unknown column the name when none is called so', () => {
    expect(suggestMapping(['Naam', 'Name'], vocabulary)).toEqual(['name', null]);
    expect(suggestMapping(['Wie', 'Type'], vocabulary)).toEqual(['name', 'type']);
  });
});

describe('planImport', () => {
  const columns = ['Naam', 'Ring', 'Expertise', 'Werkstijl', 'Perspectief', 'Notities'];
  const mapping: Mapping = ['name', 'ring', 'expertise', 'style', 'perspective', 'notes'];

  it('matches tags by label in either language, case, accents and punctuation ignored, and by half of a two-part label', () => {
    const table = tableOf(columns, ['X', 'KERN', 'welzijn | HEALTH;  Ruimtelijke Ordening', 'care', 'bewoner, Target group', '']);
    const row = planImport(table, mapping, vocabulary, { partners: {} }, SKIP).rows[0]!;
    expect(row.values).toMatchObject({
      ring: 'core',
      expertise: [{ key: 'welfare' }, { key: 'health' }, { key: 'spatial' }],
      style: { key: 'care' },
      perspective: [{ key: 'resident' }, { key: 'user' }],
    });
    expect(row.notes).toEqual([]);
  });

  it('one style per partner: the first is kept and the row says which were left out', () => {
    const row = planImport(tableOf(columns, ['X', '', '', 'Handhavend | Policy', '', '']), mapping, vocabulary, { partners: {} }, SKIP).rows[0]!;
    expect(row.values.style).toEqual({ key: 'enforcing' });
    expect(row.notes).toEqual([{ code: 'oneStyle', kept: 'Handhavend', left: 'Policy' }]);
  });

  it('labels that match nothing are left out until the user agrees; then they become own tags, one per label', () => {
    const table = tableOf(columns, ['A', '', 'Digitale inclusie', '', '', ''], ['B', '', 'digitale INCLUSIE, Welzijn', '', '', '']);
    const without = planImport(table, mapping, vocabulary, { partners: {} }, SKIP);
    expect(without.unknownLabels).toEqual([{ attribute: 'expertise', label: 'Digitale inclusie' }]);
    expect(without.rows.map((r) => r.values.expertise)).toEqual([[], [{ key: 'welfare' }]]);
    const arena = createArena('A', NOW, 'a');
    applyImport(arena, without, NOW, ids, SIZE);
    expect(arena.tags).toEqual({});

    const agreed = planImport(table, mapping, vocabulary, { partners: {} }, { duplicates: 'skip', ownTags: true });
    expect(agreed.rows[0]!.notes).toEqual([{ code: 'newTag', attribute: 'expertise', label: 'Digitale inclusie' }]);
    const into = createArena('A', NOW, 'a');
    applyImport(into, agreed, NOW, ids, SIZE);
    const tags = Object.values(into.tags);
    expect(tags.map((t) => [t.attribute, t.label])).toEqual([['expertise', 'Digitale inclusie']]);
    const [a, b] = partnersInOrder(into);
    expect(a!.expertise).toEqual([tags[0]!.id]);
    expect(b!.expertise).toEqual([tags[0]!.id, 'welfare']);
  });

  it('matches the arena’s own tags by their label', () => {
    const arena = createArena('A', NOW, 'a');
    arena.tags['custom:x'] = { id: 'custom:x', attribute: 'perspective', label: 'Kinderen zelf', updatedAt: NOW };
    const v = listVocabulary([en, nl], arena.tags);
    const row = planImport(tableOf(columns, ['X', '', '', '', 'kinderen ZELF', '']), mapping, v, arena, SKIP).rows[0]!;
    expect(row.values.perspective).toEqual([{ key: 'custom:x' }]);
  });

  it('says what happens to every row: added, duplicate skipped or merged (in the arena or higher in the list), error and why', () => {
    const arena = arenaWith({ name: 'OCMW Gent', expertise: ['welfare'], notes: 'Trekker' });
    const table = tableOf(
      columns,
      ['ocmw  GENT', 'Kern', 'Armoede', 'Beleidsmatig', '', 'Ook armoede'],
      ['CAW', '', '', '', '', ''],
      ['caw', 'Context', 'Welzijn', '', '', 'Tweede keer'],
      ['', '', 'Wonen', '', '', ''],
      ['x'.repeat(2001), '', '', '', '', ''],
    );
    const skip = planImport(table, mapping, vocabulary, arena, SKIP);
    expect(skip.rows.map((r) => r.outcome)).toEqual([
      { kind: 'skip', duplicateOf: 'OCMW Gent', inFile: false },
      { kind: 'add' },
      { kind: 'skip', duplicateOf: 'CAW', inFile: true },
      { kind: 'error', reason: 'noName' },
      { kind: 'error', reason: 'nameTooLong', max: 2000 },
    ]);
    expect(skip.counts).toEqual({ add: 1, merge: 0, skip: 2, error: 2 });

    const merge = planImport(table, mapping, vocabulary, arena, { duplicates: 'merge', ownTags: false });
    expect(merge.rows.slice(0, 3).map((r) => r.outcome)).toEqual([
      { kind: 'merge', into: 'OCMW Gent', inFile: false },
      { kind: 'add' },
      { kind: 'merge', into: 'CAW', inFile: true },
    ]);
    const result = applyImport(arena, merge, NOW, ids, SIZE);
    expect(result.merged).toEqual(['p-OCMW Gent']);
    const ocmw = arena.partners['p-OCMW Gent']!;
    // Tags added to the ones it had, the main expertise kept; notes added; the ring it had none of is given.
    expect(ocmw).toMatchObject({ expertise: ['welfare', 'poverty'], style: 'policy', notes: 'Trekker\n\nOok armoede' });
    expect(ocmw.position && ringOf(ocmw.position)).toBe('core');
    const caw = partnersInOrder(arena).find((p) => p.name === 'CAW')!;
    expect(caw).toMatchObject({ expertise: ['welfare'], notes: 'Tweede keer' });
    expect(caw.position && ringOf(caw.position)).toBe('context');
    expect(partnersInOrder(arena)).toHaveLength(2);
  });

  it('refuses a type over 2,000 characters and notes over 20,000, naming the limit', () => {
    const table = tableOf(['Naam', 'Type', 'Notities'], ['A', 't'.repeat(2001), ''], ['B', '', 'n'.repeat(20_001)], ['C', 't'.repeat(2000), 'n'.repeat(20_000)]);
    const p = planImport(table, ['name', 'type', 'notes'], vocabulary, { partners: {} }, SKIP);
    expect(p.rows.map((r) => r.outcome)).toEqual([
      { kind: 'error', reason: 'typeTooLong', max: 2000 },
      { kind: 'error', reason: 'notesTooLong', max: 20000 },
      { kind: 'add' },
    ]);
  });

  it('refuses rows beyond the arena’s partner limit, naming it', () => {
    const arena = createArena('A', NOW, 'a');
    for (let i = 0; i < MAX_PARTNERS - 1; i++) arena.partners[`k${i}`] = createPartner({ name: `K${i}` }, NOW, `k${i}`);
    const p = planImport(tableOf(['Naam'], ['One'], ['Two']), ['name'], vocabulary, arena, SKIP);
    expect(p.rows.map((r) => r.outcome)).toEqual([{ kind: 'add' }, { kind: 'error', reason: 'tooManyPartners', max: MAX_PARTNERS }]);
  });

  it('writes rows in the file’s order, with the ring given, the others in the list', () => {
    const table = tableOf(['Naam', 'Ring'], ['Een', 'Kern'], ['Twee', ''], ['Drie', 'Niet relevant'], ['Vier', 'Not on the map']);
    const arena = createArena('A', NOW, 'a');
    applyImport(arena, planImport(table, ['name', 'ring'], vocabulary, arena, SKIP), NOW, ids, SIZE);
    expect(partnersInOrder(arena).map((p) => [p.name, p.position && ringOf(p.position)])).toEqual([
      ['Een', 'core'],
      ['Twee', null],
      ['Drie', 'outside'],
      ['Vier', null],
    ]);
  });
});

describe('placeOnRings', () => {
  it('puts each partner on its ring, apart from the partners already there and from each other', () => {
    const existing = [pointInRing('core', null, 0), pointInRing('complementary', null, 1), pointInRing('context', null, 2)];
    const wanted: Ring[] = [...Array<Ring>(4).fill('core'), ...Array<Ring>(6).fill('complementary'), ...Array<Ring>(8).fill('context'), 'outside', 'outside'];
    const placed = placeOnRings(existing, wanted, SIZE);
    expect(placed.map(ringOf)).toEqual(wanted);
    const boxes = [...existing, ...placed].map((p) => rectAround(p, SIZE));
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map(() => i));
    expect(overlapping).toEqual([]);
  });

  it('lands the same list on the same map in the same places', () => {
    const wanted: Ring[] = ['core', 'context', 'core'];
    expect(placeOnRings([], wanted, SIZE)).toEqual(placeOnRings([], wanted, SIZE));
  });
});
