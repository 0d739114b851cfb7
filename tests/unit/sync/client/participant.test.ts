import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArena, createPartner, type Arena } from '../../../../src/domain/arena';
import { pointInRing, ringOf } from '../../../../src/domain/rings';
import { overlaps } from '../../../../src/domain/mapLayout';
import { DEFAULT_NODE_SIZE, partnerBoxes } from '../../../../src/canvas/mapFocus';
import { placeInRing } from '../../../../src/sync/ui/placement';
import { bindDocument, type Binding } from '../../../../src/sync/client/binding';
import { mayEditPartner, mayWrite, type ParticipantContext } from '../../../../src/sync/client/permissions';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { readArena } from '../../../../src/sync/doc/read';
import { roots } from '../../../../src/sync/doc/layout';
import { useDocumentStore } from '../../../../src/store/documentStore';
import { useSyncStore } from '../../../../src/store/syncStore';
import { addPartner, addPlacedPartner, deletePartner, movePartner, toggleTag, updatePartner } from '../../../../src/store/partnerActions';
import type { WorkshopMode } from '../../../../src/sync/client/workshopState';

const T0 = '2025-01-01T00:00:00.000Z';
const ME = { id: 'me-0123456789abc', name: 'Anna' };
const OTHER = { id: 'other-456789abcd', name: 'Bert' };

function arena(): Arena {
  const a = createArena('Wijk', T0, 'arena-1');
  a.partners.mine = { ...createPartner({ name: 'Mine' }, T0, 'mine'), addedBy: ME };
  a.partners.theirs = { ...createPartner({ name: 'Theirs' }, T0, 'theirs'), addedBy: OTHER };
  a.partners.old = createPartner({ name: 'Facilitator’s' }, T0, 'old');
  return a;
}
const ctx = (mode: WorkshopMode, locked = false): ParticipantContext => ({ me: ME, mode, locked });
const withPartner = (a: Arena, id: string, change: (p: Arena['partners'][string]) => Arena['partners'][string] | undefined): Arena => {
  const partners = { ...a.partners };
  const next = change(partners[id]!);
  if (next) partners[id] = next;
  else delete partners[id];
  return { ...a, partners, updatedAt: '2025-02-01T00:00:00.000Z' };
};

describe('what a workshop participant may change (the server’s rules, checked before sending)', () => {
  const before = arena();
  const added = { ...before, partners: { ...before.partners, fresh: { ...createPartner({ name: 'Fresh' }, T0, 'fresh'), addedBy: ME } } };
  const addedAsOther = { ...before, partners: { ...before.partners, fresh: { ...createPartner({ name: 'Fresh' }, T0, 'fresh'), addedBy: OTHER } } };
  const addedUnmarked = { ...before, partners: { ...before.partners, fresh: createPartner({ name: 'Fresh' }, T0, 'fresh') } };
  const renamedMine = withPartner(before, 'mine', (p) => ({ ...p, name: 'Mine 2' }));
  const renamedTheirs = withPartner(before, 'theirs', (p) => ({ ...p, name: 'Theirs 2' }));
  const deletedMine = withPartner(before, 'mine', () => undefined);
  const movedOld = withPartner(before, 'old', (p) => ({ ...p, position: { x: 100, y: 0 } }));
  const retitled = { ...before, title: 'Other title' };
  const disowned = withPartner(before, 'mine', (p) => ({ ...p, addedBy: OTHER }));

  it('add: only new partners marked as its own', () => {
    expect(mayWrite(before, added, ctx('add'))).toBe(true);
    expect(mayWrite(before, addedAsOther, ctx('add'))).toBe(false);
    expect(mayWrite(before, addedUnmarked, ctx('add'))).toBe(false);
    expect(mayWrite(before, renamedMine, ctx('add'))).toBe(false);
    expect(mayWrite(before, deletedMine, ctx('add'))).toBe(false);
    expect(mayWrite(before, retitled, ctx('add'))).toBe(false);
  });

  it('own: also change and delete its own partners, never another’s, never hand one over', () => {
    expect(mayWrite(before, added, ctx('own'))).toBe(true);
    expect(mayWrite(before, renamedMine, ctx('own'))).toBe(true);
    expect(mayWrite(before, deletedMine, ctx('own'))).toBe(true);
    expect(mayWrite(before, renamedTheirs, ctx('own'))).toBe(false);
    expect(mayWrite(before, movedOld, ctx('own'))).toBe(false);
    expect(mayWrite(before, disowned, ctx('own'))).toBe(false);
    expect(mayWrite(before, retitled, ctx('own'))).toBe(false);
    expect(mayEditPartner(before.partners.mine, ctx('own'))).toBe(true);
    expect(mayEditPartner(before.partners.theirs, ctx('own'))).toBe(false);
  });

  it('all: anything; locked: nothing, in every mode', () => {
    for (const next of [renamedTheirs, movedOld, retitled, deletedMine]) expect(mayWrite(before, next, ctx('all'))).toBe(true);
    for (const mode of ['add', 'own', 'all'] as const) {
      expect(mayWrite(before, added, ctx(mode, true))).toBe(false);
      expect(mayEditPartner(before.partners.mine, ctx(mode, true))).toBe(false);
    }
  });
});

describe('a participant’s device bound to the shared arena', () => {
  let binding: Binding | null = null;
  afterEach(() => {
    binding?.dispose();
    binding = null;
    useDocumentStore.getState().close();
    useSyncStore.getState().reset();
  });

  function participate(mode: WorkshopMode) {
    const ydoc = createSharedDoc();
    seedDoc(ydoc, arena());
    useSyncStore.getState().set({ me: ME });
    binding = bindDocument(ydoc, { readOnly: false, localTeam: {}, onRead: () => {}, participant: () => ({ me: ME, mode, locked: false }) });
    return ydoc;
  }

  it('adds partners marked with its name and id, and never writes the arena’s updatedAt', () => {
    const ydoc = participate('add');
    const updatedAt = roots(ydoc).meta.get('updatedAt');
    expect(addPartner({ name: 'VDAB' }).ok).toBe(true);
    const placed = addPlacedPartner({ name: 'CAW', type: 'vzw', expertise: ['welfare'], style: null, perspective: ['user'] }, pointInRing('core', null, 0));
    expect(placed.ok).toBe(true);
    const shared = Object.values(readArena(ydoc).arena.partners);
    expect(shared.find((p) => p.name === 'VDAB')?.addedBy).toEqual(ME);
    const caw = shared.find((p) => p.name === 'CAW')!;
    expect(caw).toMatchObject({ type: 'vzw', expertise: ['welfare'], perspective: ['user'], addedBy: ME });
    expect(ringOf(caw.position!)).toBe('core');
    expect(roots(ydoc).meta.get('updatedAt')).toBe(updatedAt);
  });

  it('in mode add, a change to an existing partner stays out of the document and the map shows the document again', async () => {
    const ydoc = participate('add');
    movePartner('theirs', { x: 300, y: 0 });
    updatePartner('mine', { name: 'Renamed' });
    expect(readArena(ydoc).arena.partners.theirs!.position).toBeNull();
    expect(readArena(ydoc).arena.partners.mine!.name).toBe('Mine');
    await Promise.resolve();
    expect(useDocumentStore.getState().doc!.partners.theirs!.position).toBeNull();
    expect(useDocumentStore.getState().doc!.partners.mine!.name).toBe('Mine');
    // Its undo would delete what it added: none in this mode.
    addPartner({ name: 'Kept' });
    useDocumentStore.getState().undo();
    expect(Object.values(readArena(ydoc).arena.partners).map((p) => p.name)).toContain('Kept');
  });

  it('in mode own, changes and deletes its own partners and no one else’s', async () => {
    const ydoc = participate('own');
    toggleTag('mine', 'expertise', 'welfare');
    toggleTag('theirs', 'expertise', 'welfare');
    await Promise.resolve();
    expect(readArena(ydoc).arena.partners.mine!.expertise).toEqual(['welfare']);
    expect(readArena(ydoc).arena.partners.theirs!.expertise).toEqual([]);
    deletePartner('mine');
    expect(readArena(ydoc).arena.partners.mine).toBeUndefined();
    const theirs = roots(ydoc).partners.get('theirs') as Y.Map<unknown>;
    expect(theirs.get('deleted')).toBeUndefined();
  });
});

describe('placing from a list on a phone', () => {
  it('lands in the ring picked, clear of every partner already there, at a random place round it', () => {
    const a = arena();
    for (const [i, id] of ['mine', 'theirs', 'old'].entries()) a.partners[id] = { ...a.partners[id]!, position: pointInRing('core', null, (i * 2 * Math.PI) / 3) };
    const boxes = partnerBoxes(a.partners, () => undefined).map((p) => p.box);
    const spots = [0, 0.2, 0.4, 0.6, 0.8].map((r) => placeInRing('core', a.partners, () => r)!);
    for (const spot of spots) {
      expect(ringOf(spot)).toBe('core');
      const box = { x: spot.x - DEFAULT_NODE_SIZE.width / 2, y: spot.y - DEFAULT_NODE_SIZE.height / 2, ...DEFAULT_NODE_SIZE };
      expect(boxes.some((b) => overlaps(box, b, 0))).toBe(false);
    }
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBeGreaterThan(1);
    expect(placeInRing('unplaced', a.partners)).toBeNull();
  });
});
