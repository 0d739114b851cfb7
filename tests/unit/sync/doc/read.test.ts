import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { inCreationOrder } from '../../../../src/domain/order';
import { factsOf, partnerFacts } from '../../../../src/domain/analysis/facts';
import { decodeArenaJson } from '../../../../src/io/json';
import { insertRecord, tombstone } from '../../../../src/sync/doc/encode';
import { EDIT_ID, roots } from '../../../../src/sync/doc/layout';
import { normaliseArena } from '../../../../src/sync/doc/normalise';
import { createArenaReader, readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { NOW, replicaOf, sampleArena, sync } from './helpers';

function seeded(arena: Arena = sampleArena()): Y.Doc {
  const ydoc = createSharedDoc();
  seedDoc(ydoc, arena);
  return ydoc;
}

function withoutTeam(arena: Arena): Arena {
  return { ...arena, team: {} };
}

/** Passes the same validation as importing a file. */
function importable(arena: Arena): boolean {
  const result = decodeArenaJson(JSON.parse(JSON.stringify({ type: 'arena', version: arena.schemaVersion, arena })));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return true;
}

const partnerMap = (ydoc: Y.Doc, id: string) => roots(ydoc).partners.get(id) as Y.Map<unknown>;

describe('readArena', () => {
  it('reads a seeded document back as the arena it came from (tags in the shared order), on another replica too', () => {
    const arena = sampleArena();
    const ydoc = seeded(arena);
    for (const doc of [ydoc, replicaOf(ydoc)]) {
      const read = readArena(doc);
      expect(read.arena).toEqual(normaliseArena(withoutTeam(arena)));
      expect(read).toMatchObject({ rejected: {}, revived: [], collisions: [], format: 4, tooNew: false, seeded: true });
      expect(importable(read.arena)).toBe(true);
      expect(Object.isFrozen(read.arena.partners.kg)).toBe(true);
    }
  });

  it("merges this device's own team members in, and reads a shared one from the document", () => {
    const arena = sampleArena();
    const ydoc = seeded(arena);
    const local = { m1: arena.team.m1!, m2: { ...arena.team.m1!, id: 'm2', name: 'Jan' } };
    expect(readArena(ydoc, { team: local }).arena.team).toEqual(local);
    const shared = createSharedDoc();
    seedDoc(shared, arena, { share: ['m1'] });
    const m1 = (roots(shared).team.get('m1') as Y.Map<unknown>);
    m1.set('name', 'Els (shared)');
    expect(readArena(shared, { team: local }).arena.team.m1!.name).toBe('Els (shared)');
  });

  it('reads an empty document (a device that joined, before the first sync) as not seeded, without throwing', () => {
    const read = readArena(new Y.Doc(), { id: 'room-arena' });
    expect(read).toMatchObject({ seeded: false, format: 0, tooNew: false, rejected: {} });
    expect(read.arena.id).toBe('room-arena');
    expect(read.arena.partners).toEqual({});
    expect(importable(read.arena)).toBe(true);
  });

  it('reads a document newer than this code as tooNew', () => {
    const ydoc = seeded();
    roots(ydoc).meta.set('format', 5);
    expect(readArena(ydoc)).toMatchObject({ format: 5, tooNew: true });
    expect(readArena(ydoc, {}, { supportedFormat: 5 }).tooNew).toBe(false);
  });
});

describe('records another device could not have written (garbage)', () => {
  /** Each writes one bad partner (or bad field) with raw Yjs calls, as a buggy or hostile peer could. */
  const badPartners: Record<string, (partners: Y.Map<unknown>, good: () => Y.Map<unknown>) => void> = {
    'a number instead of a record': (p) => p.set('bad', 42),
    'a name that is a number': (_p, good) => good().set('name', 42),
    'no name': (_p, good) => good().delete('name'),
    'a blank name': (_p, good) => good().set('name', '   '),
    'a map where the position value should be': (_p, good) => good().set('position', new Y.Map()),
    'a position that is not finite': (_p, good) => good().set('position', { x: Number.NaN, y: 0 }),
    'a position off the map': (_p, good) => good().set('position', { x: 1e9, y: 0 }),
    'expertise as a list, not a set': (_p, good) => good().set('expertise', ['welfare']),
    'a tag set whose value is not true': (_p, good) => (good().get('expertise') as Y.Map<unknown>).set('welfare', 'yes'),
    'a main expertise that is a number': (_p, good) => good().set('mainExpertise', 7),
    'a text type in a text field': (_p, good) => good().set('notes', new Y.Text('x')),
    'bytes in a field': (_p, good) => good().set('type', new Uint8Array([1, 2])),
    'a big integer in a field': (_p, good) => good().set('newer', 10n),
    'a sub-document in a field': (_p, good) => good().set('newer', new Y.Doc()),
    'a field named __proto__': (_p, good) => good().set('__proto__', { polluted: true }),
    'a prototype key deep inside a value': (_p, good) => good().set('newer', JSON.parse('{"a":{"__proto__":{"polluted":true}}}')),
    'a record under the id __proto__': (p) => {
      insertRecord('partners', p, '__proto__', { ...sampleArena().partners.kg!, id: '__proto__', name: 'Proto' });
    },
    'an id that is not its key': (_p, good) => good().set('id', 'other'),
    'an edit id that is not text': (_p, good) => good().set(EDIT_ID, 12),
    'a tombstone that is not one': (_p, good) => good().set('deleted', 'yes'),
    'a resource filed under another id': (_p, good) => (good().get('resources') as Y.Map<unknown>).set('r-x', { id: 'r-y', kind: 'money', importance: 2, replaceability: 2, note: '', updatedAt: NOW }),
    'a resource with a score of 9': (_p, good) => (good().get('resources') as Y.Map<unknown>).set('r-x', { id: 'r-x', kind: 'money', importance: 9, replaceability: 2, note: '', updatedAt: NOW }),
    'a tag list over the limit': (_p, good) => {
      const set = good().get('perspective') as Y.Map<unknown>;
      for (let i = 0; i < 1001; i++) set.set(`k${i}`, true);
    },
  };

  it.each(Object.entries(badPartners))('leaves out a partner with %s, counts it, and reads every other record', (_name, write) => {
    const arena = sampleArena();
    const ydoc = seeded(arena);
    const hostile = replicaOf(ydoc);
    let n = 0;
    const good = () => {
      const id = `hostile-${++n}`;
      insertRecord('partners', roots(hostile).partners, id, { ...arena.partners.kg!, id, name: `Hostile ${n}` });
      return partnerMap(hostile, id);
    };
    hostile.transact(() => write(roots(hostile).partners, good));
    sync(hostile, ydoc);
    const read = readArena(ydoc);
    expect(read.rejected).toEqual({ partners: 1 });
    expect(read.arena.partners).toEqual(normaliseArena(arena).partners);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(importable(read.arena)).toBe(true);
  });

  it('falls back field by field for the arena, the strategic question and the governance', () => {
    const ydoc = seeded();
    const r = roots(ydoc);
    r.meta.set('title', 42);
    r.meta.set('partners', {});
    r.strategic.set('alone', 'maybe');
    r.governance.set('mandated', 'yes');
    r.governance.set('mandateNote', 'kept');
    const read = readArena(ydoc);
    expect(read.rejected).toEqual({ meta: 2, strategic: 1, governance: 1 });
    expect(read.arena.title).toBe('');
    expect(read.arena.strategic.alone).toBeNull();
    expect(read.arena.strategic.deadline).toBe('December 2027');
    expect(read.arena.governance.mandated).toBe(false);
    expect(read.arena.governance.mandateNote).toBe('kept');
    expect(importable(read.arena)).toBe(true);
  });

  it('drops tag keys the arena does not know and involvement of partners that are not there', () => {
    const ydoc = seeded();
    const kg = partnerMap(ydoc, 'kg');
    (kg.get('expertise') as Y.Map<unknown>).set('nonsense', true);
    kg.set('mainExpertise', 'nonsense');
    kg.set('style', 'custom:unknown');
    (kg.get('perspective') as Y.Map<unknown>).set('custom:t1', true); // an expertise tag, not a perspective
    ((roots(ydoc).actions.get('huisbezoeken') as Y.Map<unknown>).get('involvement') as Y.Map<unknown>).set('ghost', 'decide');
    const read = readArena(ydoc);
    expect(read.rejected).toEqual({});
    expect(read.arena.partners.kg).toMatchObject({ expertise: ['family', 'health'], style: null, perspective: ['provider'] });
    expect(read.arena.actions.huisbezoeken!.involvement).not.toHaveProperty('ghost');
    expect(importable(read.arena)).toBe(true);
  });

  it('drops an instrument of a partner that is not there, and a tie that names one or ties a partner to itself', () => {
    const ydoc = seeded();
    const read0 = readArena(ydoc).arena;
    ydoc.transact(() => {
      (roots(ydoc).instruments.get('i1') as Y.Map<unknown>).set('partnerId', 'ghost');
      (roots(ydoc).ties.get('t1') as Y.Map<unknown>).set('to', 'kg');
    });
    const read = readArena(ydoc);
    expect(read.rejected).toEqual({});
    expect(read.arena.instruments).toEqual({});
    expect(read.arena.ties).toEqual({});
    expect(read.arena.partners).toBe(read.arena.partners);
    expect(importable(read.arena)).toBe(true);
    // Put right again, they are back.
    ydoc.transact(() => {
      (roots(ydoc).instruments.get('i1') as Y.Map<unknown>).set('partnerId', 'kg');
      (roots(ydoc).ties.get('t1') as Y.Map<unknown>).set('to', 'ocmw');
    });
    expect(readArena(ydoc).arena).toMatchObject({ instruments: read0.instruments, ties: read0.ties });
  });
});

describe('deletions, revivals and collisions', () => {
  it('a tombstone that saw the last edit removes the record, and the involvement, instruments and ties naming it', () => {
    const ydoc = seeded();
    const before = readArena(ydoc).arena;
    expect(Object.keys(before.instruments)).toEqual(['i1']);
    expect(Object.keys(before.ties)).toEqual(['t1']);
    tombstone(partnerMap(ydoc, 'kg'));
    const read = readArena(ydoc);
    expect(read.arena.partners.kg).toBeUndefined();
    expect(read.arena.actions.huisbezoeken!.involvement).not.toHaveProperty('kg');
    expect(read.arena.instruments).toEqual({});
    expect(read.arena.ties).toEqual({});
    expect(read.rejected).toEqual({});
    expect(read.revived).toEqual([]);
    expect(importable(read.arena)).toBe(true);
  });

  it('a partner edited on one device while another deleted it is kept on both and reported', () => {
    const a = seeded();
    const b = replicaOf(a);
    tombstone(partnerMap(a, 'kg'));
    b.transact(() => {
      partnerMap(b, 'kg').set('notes', 'Typed while it was deleted elsewhere');
      partnerMap(b, 'kg').set(EDIT_ID, 'edit-b');
    });
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      const read = readArena(doc);
      expect(read.arena.partners.kg!.notes).toBe('Typed while it was deleted elsewhere');
      expect(read.revived).toEqual(['kg']);
      expect(read.revivedRecords).toEqual({ partners: ['kg'] });
    }
  });

  it('reports partners whose names collide after a merge, in creation order, without renaming them', () => {
    const a = seeded();
    const b = replicaOf(a);
    const base = sampleArena().partners.kg!;
    insertRecord('partners', roots(a).partners, 'n-a', { ...base, id: 'n-a', name: 'Buurthuis', createdAt: '2026-11-01T00:00:00.000Z' });
    insertRecord('partners', roots(b).partners, 'n-b', { ...base, id: 'n-b', name: '  buurthuis ', createdAt: '2026-10-31T00:00:00.000Z' });
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      const read = readArena(doc);
      expect(read.collisions).toEqual([['n-b', 'n-a']]);
      expect(read.arena.partners['n-b']!.name).toBe('  buurthuis ');
    }
  });
});

describe('createArenaReader (incremental)', () => {
  it('gives the same result while nothing changed', () => {
    const reader = createArenaReader(seeded());
    const first = reader.read();
    expect(reader.read()).toBe(first);
  });

  it('after a remote move rebuilds only the moved partner: every other object is the same, the list order and facts are carried', () => {
    const a = seeded();
    const b = replicaOf(a);
    const reader = createArenaReader(b);
    const before = reader.read().arena;
    const listBefore = inCreationOrder(before.partners);
    factsOf(before.partners);
    partnerMap(a, 'kg').set('position', { x: 12, y: 34 });
    sync(a, b);

    const values = vi.spyOn(Object, 'values');
    const after = reader.read().arena;
    const list = inCreationOrder(after.partners);
    const facts = factsOf(after.partners);
    const enumerated = values.mock.calls.some(([o]) => o === after.partners);
    values.mockRestore();

    expect(enumerated).toBe(false);
    expect(after.partners.kg!.position).toEqual({ x: 12, y: 34 });
    for (const id of Object.keys(before.partners)) if (id !== 'kg') expect(after.partners[id]).toBe(before.partners[id]);
    expect(after.partners.kg).not.toBe(before.partners.kg);
    for (const key of ['tags', 'acknowledgements', 'actions', 'team', 'strategic', 'governance'] as const) expect(after[key]).toBe(before[key]);
    expect(list.map((p) => p.id)).toEqual(listBefore.map((p) => p.id));
    expect(facts).toEqual(partnerFacts(list));
  });

  it('keeps the object of a record whose fields did not change (a new edit id only)', () => {
    const a = seeded();
    const b = replicaOf(a);
    const reader = createArenaReader(b);
    const before = reader.read();
    partnerMap(a, 'kg').set(EDIT_ID, 'another');
    sync(a, b);
    const after = reader.read();
    expect(after.arena).toBe(before.arena);
  });

  it('follows additions, deletions, garbage and its repair, and agrees with a fresh read after each', () => {
    const a = seeded();
    const b = replicaOf(a);
    const reader = createArenaReader(b);
    reader.read();
    const steps: Array<() => void> = [
      () => insertRecord('partners', roots(a).partners, 'new', { ...sampleArena().partners.kg!, id: 'new', name: 'Nieuw' }),
      () => partnerMap(a, 'new').set('name', 42),
      () => partnerMap(a, 'new').set('name', 'Hersteld'),
      () => tombstone(partnerMap(a, 'kg')),
      () => roots(a).tags.set('custom:t1', 'broken'),
      () => insertRecord('tags', roots(a).tags, 'custom:t1', sampleArena().tags['custom:t1']!),
      () => roots(a).strategic.set('deadline', 'Juni 2028'),
      () => roots(a).meta.set('title', 'Nieuwe titel'),
    ];
    for (const step of steps) {
      step();
      sync(a, b);
      const incremental = reader.read();
      const fresh = readArena(b);
      expect(incremental.arena).toEqual(fresh.arena);
      expect(incremental.rejected).toEqual(fresh.rejected);
      expect(incremental.collisions).toEqual(fresh.collisions);
    }
    const last = reader.read();
    expect(last.arena.partners.new!.name).toBe('Hersteld');
    expect(last.arena.partners.kg).toBeUndefined();
    expect(last.arena.title).toBe('Nieuwe titel');
    expect(last.arena.partners.ocmw!.expertise).toContain('custom:t1');
  });
});
