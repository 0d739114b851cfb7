import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { decodeArenaJson } from '../../../../src/io/json';
import { useDocumentStore } from '../../../../src/store/documentStore';
import * as partnerActions from '../../../../src/store/partnerActions';
import * as arenaActions from '../../../../src/store/arenaActions';
import * as net from '../../../../src/store/networkActions';
import { EDIT_ID, LOCAL_ORIGIN, roots } from '../../../../src/sync/doc/layout';
import { normaliseArena } from '../../../../src/sync/doc/normalise';
import { readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { writeChanges } from '../../../../src/sync/doc/write';
import { replicaOf, sampleArena, sync } from './helpers';
import { bindStore, type Bound } from './storeHarness';
import { commits } from './recordImmer';

vi.mock('immer', async (importOriginal) => (await import('./recordImmer')).recordingImmer(importOriginal as never));

/** The document store with the actions built on it, as the app calls them. */
const s = () => ({ ...useDocumentStore.getState(), ...partnerActions, ...arenaActions });
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 1) + ++tick * 1000).toISOString();

function importable(arena: Arena): void {
  const result = decodeArenaJson(JSON.parse(JSON.stringify({ type: 'arena', version: arena.schemaVersion, arena })));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

let bound: Bound;
beforeEach(() => {
  tick = 0;
  const ydoc = createSharedDoc();
  seedDoc(ydoc, sampleArena(), { share: ['m1'] });
  bound = bindStore(ydoc, clock);
});

/** After the actions: the document reads back as the store's document, here and on a fresh replica. */
function expectRoundTrip(): void {
  const expected = normaliseArena(bound.doc());
  expect(bound.reader.read().arena).toEqual(expected);
  const replica = replicaOf(bound.ydoc);
  expect(readArena(replica).arena).toEqual(expected);
  importable(readArena(replica).arena);
}

const ACTIONS: Record<string, () => void> = {
  'set the title': () => s().setTitle('Nieuwe titel'),
  'set the goal': () => s().setGoal('Tegen 2028 alle gezinnen'),
  'add a partner': () => s().addPartner({ name: 'Buurtwerk', type: 'Vzw', notes: 'n' }),
  'rename a partner, change type and notes': () => s().updatePartner('kg', { name: 'Opgroeien', type: 'Agentschap', notes: 'x' }),
  'move a partner': () => s().movePartner('kg', { x: 10.123, y: -20 }),
  'move several partners in one gesture': () => s().movePartners([{ id: 'kg', position: { x: 1, y: 2 } }, { id: 'caw', position: { x: 3, y: 4 } }]),
  'set a ring': () => s().setRing('politie', 'core'),
  'take a partner off the map': () => s().setRing('kg', 'unplaced'),
  'delete a partner named in actions': () => s().deletePartner('ocmw'),
  'delete several partners': () => s().deletePartners(['kg', 'caw', 'vdab']),
  'add an expertise tag': () => s().toggleTag('kg', 'expertise', 'welfare'),
  'remove the main expertise': () => s().toggleTag('ocmw', 'expertise', 'poverty'),
  'toggle perspectives': () => {
    s().toggleTag('kg', 'perspective', 'user');
    s().toggleTag('kg', 'perspective', 'provider');
  },
  'set the main expertise': () => s().setMainExpertise('ocmw', 'welfare'),
  'set and clear the style': () => {
    s().setStyle('kg', 'policy');
    s().setStyle('caw', null);
  },
  'add an own tag and tag a partner with it': () => {
    const id = s().addCustomTag('perspective', 'Ouders');
    s().toggleTag('kg', 'perspective', id!);
  },
  'accept a warning, take it back, accept it again': () => {
    s().acknowledge('lowVariety', 'Bewust');
    s().unacknowledge('oneSidedStyle:care');
    s().acknowledge('oneSidedStyle:care', 'Toch bewust');
  },
  'paste a list of names': () => s().addPartners(['Een', 'Twee', 'Kind en Gezin', 'Drie']),
  'add a partner known from another arena, with its own tag': () =>
    s().addKnownPartner({
      name: 'Bib',
      type: 'Bibliotheek',
      expertise: ['education', 'custom:other'],
      style: 'knowledge',
      perspective: ['provider'],
      customLabels: { 'custom:other': { attribute: 'expertise', label: 'Lezen' } },
      arenas: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
  'duplicate a partner': () => s().duplicatePartner('ocmw', (n: string) => `${n} (kopie)`),
  'typing in a field, one undo step': () => {
    s().typing('notes', () => s().updatePartner('kg', { notes: 'a' }));
    s().typing('notes', () => s().updatePartner('kg', { notes: 'ab' }));
    s().endTyping('notes');
  },
  'answer the strategic question': () => net.setStrategic({ alone: 'partly', deadline: 'Juni 2028' }),
  'set the governance': () => net.setGovernance({ form: 'nao', mandated: true }),
  'add an action and involve partners': () => {
    const a = net.addAction('Nieuwe actie');
    if (!a.ok) throw new Error('no action');
    net.setInvolvement(a.id, 'kg', 'decide');
    net.setInvolvement(a.id, 'caw', 'inform');
    net.setInvolvement(a.id, 'caw', null);
    net.updateAction(a.id, { title: 'Hernoemd', description: 'Uitleg' });
  },
  'delete an action': () => net.deleteAction('schoolkosten'),
  'add, change and remove resources': () => {
    const r = net.addResource('kg', 'money')!;
    net.updateResource('kg', r, { importance: 4, note: 'veel' });
    net.updateResource('ocmw', 'ocmw-r0', { replaceability: 3 });
    net.removeResource('kg', 'kg-r0');
  },
  "change a shared team member's answers": () => {
    net.setAnswer('m1', 'operator.2', 5);
    net.setAnswer('m1', 'operator.1', null);
  },
  'remove a shared team member': () => net.removeTeamMember('m1'),
};

describe('writeChanges: every store action round-trips through the shared document', () => {
  it.each(Object.entries(ACTIONS))('%s', (_name, action) => {
    const made = bound.run(action);
    expect(made).toBeGreaterThan(0);
    expectRoundTrip();
  });

  it('all of them one after another', () => {
    for (const action of Object.values(ACTIONS)) {
      bound.run(action);
      expectRoundTrip();
    }
  });
});

describe('writeChanges: what it writes', () => {
  it('writes only the fields that changed, with a fresh edit id, in one LOCAL_ORIGIN transaction', () => {
    const kg = roots(bound.ydoc).partners.get('kg') as Y.Map<unknown>;
    const editId = kg.get(EDIT_ID);
    const written: string[] = [];
    const origins: unknown[] = [];
    kg.observe((e) => written.push(...e.keysChanged));
    bound.ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    bound.run(() => s().updatePartner('kg', { notes: 'Alleen dit' }));
    expect(written.sort()).toEqual([EDIT_ID, 'notes', 'updatedAt']);
    expect(kg.get(EDIT_ID)).not.toBe(editId);
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });

  it('writes nothing for a new team member (personal) until it is shared', () => {
    const before = Y.encodeStateVector(bound.ydoc);
    const written = bound.run(() => net.addTeamMember('Jan'));
    expect(written).toBe(1);
    // Only the arena's updatedAt changed in the document.
    expect([...roots(bound.ydoc).team.keys()]).toEqual(['m1']);
    expect(Y.encodeStateAsUpdate(bound.ydoc, before).length).toBeLessThan(100);
  });

  it('does not count an action as edited when a partner it names is deleted, and drops that involvement on reading', () => {
    const action = roots(bound.ydoc).actions.get('huisbezoeken') as Y.Map<unknown>;
    const editId = action.get(EDIT_ID);
    bound.run(() => s().deletePartner('kg'));
    expect(action.get(EDIT_ID)).toBe(editId);
    expect(readArena(bound.ydoc).arena.actions.huisbezoeken!.involvement).not.toHaveProperty('kg');
  });

  it('writes a whole replaced document as a difference', () => {
    const before = bound.doc();
    const after = { ...before, title: 'Anders', partners: { ...before.partners, kg: { ...before.partners.kg!, notes: 'Nieuw' } } };
    bound.ydoc.transact(() => writeChanges(bound.ydoc, before, after, [{ op: 'replace', path: [], value: after }]), LOCAL_ORIGIN);
    expect(readArena(bound.ydoc).arena).toEqual(normaliseArena(after));
  });
});

describe('merges of concurrent edits (two replicas, offline, then synced)', () => {
  /** Two stores would share one zustand instance, so the second replica edits with writeChanges directly. */
  function edit(ydoc: Y.Doc, change: (a: Arena) => Arena): void {
    const before = readArena(ydoc, { team: {} }).arena;
    const after = change(before);
    ydoc.transact(() => writeChanges(ydoc, before, after, [{ op: 'replace', path: [], value: after }]), LOCAL_ORIGIN);
  }
  const partnerEdit = (id: string, patch: object) => (a: Arena): Arena => ({ ...a, partners: { ...a.partners, [id]: { ...a.partners[id]!, ...patch } } });
  const both = (a: Y.Doc, b: Y.Doc) => {
    sync(a, b);
    sync(b, a);
    const ra = readArena(a);
    expect(readArena(b).arena).toEqual(ra.arena);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    importable(ra.arena);
    return ra;
  };

  it('different fields of one partner both survive; the same field ends with one value everywhere', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, partnerEdit('kg', { notes: 'from A', type: 'A type' }));
    edit(b, partnerEdit('kg', { name: 'Opgroeien', type: 'B type' }));
    const read = both(a, b);
    expect(read.arena.partners.kg).toMatchObject({ notes: 'from A', name: 'Opgroeien' });
    expect(['A type', 'B type']).toContain(read.arena.partners.kg!.type);
  });

  it('a position is one value: concurrent moves never mix x of one with y of the other', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, partnerEdit('kg', { position: { x: 100, y: 100 } }));
    edit(b, partnerEdit('kg', { position: { x: -50, y: -50 } }));
    const { position } = both(a, b).arena.partners.kg!;
    expect([{ x: 100, y: 100 }, { x: -50, y: -50 }]).toContainEqual(position);
  });

  it('concurrent tags on one partner all survive; concurrent main expertises end with one main that is tagged', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    // ocmw: poverty (main), custom:t1, welfare.
    edit(a, partnerEdit('ocmw', { expertise: ['welfare', 'poverty', 'custom:t1'] }));
    edit(b, partnerEdit('ocmw', { expertise: ['health', 'poverty', 'custom:t1', 'welfare'] }));
    const { expertise } = both(a, b).arena.partners.ocmw!;
    expect(new Set(expertise)).toEqual(new Set(['welfare', 'poverty', 'custom:t1', 'health']));
    expect(['welfare', 'health']).toContain(expertise[0]);
  });

  it('a main expertise untagged elsewhere falls back to a tagged one', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, partnerEdit('ocmw', { expertise: ['welfare', 'poverty', 'custom:t1'] }));
    edit(b, partnerEdit('ocmw', { expertise: ['poverty', 'custom:t1'] }));
    const { expertise } = both(a, b).arena.partners.ocmw!;
    expect(expertise).toEqual(['custom:t1', 'poverty']);
  });

  it('a partner deleted on A while B edited it is kept on both and reported as revived; deleting it again removes it', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, (x) => {
      const { kg: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    edit(b, partnerEdit('kg', { notes: 'Typed on B' }));
    const read = both(a, b);
    expect(read.arena.partners.kg!.notes).toBe('Typed on B');
    expect(read.revived).toEqual(['kg']);
    expect(read.arena.actions.huisbezoeken!.involvement.kg).toBe('decide');
    edit(a, (x) => {
      const { kg: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    const again = both(a, b);
    expect(again.arena.partners.kg).toBeUndefined();
    expect(again.revived).toEqual([]);
  });

  it('an edit made from a document that had not yet read a deletion keeps the partner, reported as revived; editing it again clears the report', () => {
    const a = bound.ydoc;
    const stale = readArena(a).arena;
    edit(a, (x) => {
      const { kg: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    const after = partnerEdit('kg', { notes: 'Typed before the deletion was read' })(stale);
    a.transact(() => writeChanges(a, stale, after, [{ op: 'replace', path: [], value: after }]), LOCAL_ORIGIN);
    const read = readArena(a);
    expect(read.arena.partners.kg!.notes).toBe('Typed before the deletion was read');
    expect(read.revived).toEqual(['kg']);
    edit(a, partnerEdit('kg', { notes: 'And again' }));
    expect(readArena(a).revived).toEqual([]);
    expect(readArena(a).arena.partners.kg!.notes).toBe('And again');
  });

  it('a partner deleted on A while B moved another one: the deletion and the move both hold', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, (x) => {
      const { kg: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    edit(b, partnerEdit('caw', { position: { x: 5, y: 5 } }));
    const read = both(a, b);
    expect(read.arena.partners.kg).toBeUndefined();
    expect(read.arena.partners.caw!.position).toEqual({ x: 5, y: 5 });
    expect(read.revived).toEqual([]);
  });

  it('an action involving a partner deleted elsewhere: the involvement is dropped on every replica', () => {
    const a = bound.ydoc;
    const b = replicaOf(a);
    edit(a, (x) => {
      const { vdab: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    edit(b, (x) => ({ ...x, actions: { ...x.actions, schoolkosten: { ...x.actions.schoolkosten!, involvement: { ...x.actions.schoolkosten!.involvement, vdab: 'produce' } } } }));
    const read = both(a, b);
    expect(read.arena.partners.vdab).toBeUndefined();
    expect(read.arena.actions.schoolkosten!.involvement).not.toHaveProperty('vdab');
  });
});

it('the harness records real store commits', () => {
  commits.length = 0;
  s().setGoal('x');
  expect(commits).toHaveLength(1);
  commits.length = 0;
});
