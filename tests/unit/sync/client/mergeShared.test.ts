import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArena, createPartner } from '../../../../src/domain/arena';
import { bindDocument, type Binding } from '../../../../src/sync/client/binding';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { readArena } from '../../../../src/sync/doc/read';
import { useDocumentStore } from '../../../../src/store/documentStore';
import { mergePartners } from '../../../../src/store/duplicateActions';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-01T00:01:00.000Z';
let binding: Binding | null = null;
afterEach(() => {
  binding?.dispose();
  binding = null;
  useDocumentStore.getState().close();
});

/** A shared arena with two records of one organisation, and an action involving the second. */
function seeded(): Y.Doc {
  const arena = createArena('Wijk', T0, 'arena-1');
  arena.partners.caw = { ...createPartner({ name: 'CAW' }, T0, 'caw'), expertise: ['welfare'] };
  arena.partners.cawOv = { ...createPartner({ name: 'CAW Oost-Vlaanderen' }, T1, 'cawOv'), expertise: ['safety'], style: 'care', position: { x: 0, y: 150 } };
  arena.actions.visits = { id: 'visits', title: 'Huisbezoeken', description: '', involvement: { cawOv: 'consult' }, createdAt: T0, updatedAt: T0 };
  const ydoc = createSharedDoc();
  seedDoc(ydoc, arena);
  return ydoc;
}

/** Another device: a replica that exchanges updates with `ydoc` both ways. */
function replicaOf(ydoc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(other, u, 'remote'));
  other.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(ydoc, u, 'remote'));
  return other;
}

describe('merging duplicates in a shared arena', () => {
  it('is an ordinary commit: the other device reads one partner with every tag and the involvement; undo is one personal step', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    binding = bindDocument(ydoc, { readOnly: false, localTeam: {}, onRead: () => {} });
    expect(mergePartners(['caw', 'cawOv'])).toBe('caw');

    const seen = readArena(other).arena;
    expect(Object.keys(seen.partners)).toEqual(['caw']);
    expect(seen.partners.caw).toMatchObject({ expertise: ['welfare', 'safety'], style: 'care', position: { x: 0, y: 150 } });
    expect(seen.actions.visits!.involvement).toEqual({ caw: 'consult' });

    useDocumentStore.getState().undo();
    const back = readArena(other).arena;
    expect(Object.keys(back.partners).sort()).toEqual(['caw', 'cawOv']);
    expect(back.partners.caw).toMatchObject({ expertise: ['welfare'], style: null, position: null });
    expect(back.actions.visits!.involvement).toEqual({ cawOv: 'consult' });
    expect(readArena(ydoc).arena).toEqual(back);
  });
});
