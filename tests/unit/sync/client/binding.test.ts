import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArena, createPartner } from '../../../../src/domain/arena';
import { bindDocument, type Binding } from '../../../../src/sync/client/binding';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { readArena } from '../../../../src/sync/doc/read';
import { LOCAL_ORIGIN, roots } from '../../../../src/sync/doc/layout';
import { tombstone } from '../../../../src/sync/doc/encode';
import { useDocumentStore } from '../../../../src/store/documentStore';
import { addPartner, movePartner, movePartners } from '../../../../src/store/partnerActions';
import { dragEnded, dragStarted } from '../../../../src/store/heldWhileDragging';

const T0 = '2025-01-01T00:00:00.000Z';
let bindings: Binding[] = [];
afterEach(() => {
  for (const b of bindings) b.dispose();
  bindings = [];
  useDocumentStore.getState().close();
});

function seeded() {
  const arena = createArena('Wijk', T0, 'arena-1');
  for (const name of ['CAW', 'OCMW', 'Politie']) {
    const p = createPartner({ name }, T0, `id-${name}`);
    p.position = { x: 100, y: 0 };
    arena.partners[p.id] = p;
  }
  const ydoc = createSharedDoc();
  seedDoc(ydoc, arena);
  return ydoc;
}

function bind(ydoc: Y.Doc, readOnly = false) {
  const binding = bindDocument(ydoc, { readOnly, localTeam: {}, onRead: () => {} });
  bindings.push(binding);
  return binding;
}

/** Another device: a replica that exchanges updates with `ydoc` both ways. */
function replicaOf(ydoc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(other, u, 'remote'));
  other.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(ydoc, u, 'remote'));
  return other;
}

describe('the binding of a shared arena to the document store', () => {
  it('does not bring back a partner deleted elsewhere during the drag: the map reads the held changes before it writes the drop', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    bind(ydoc);
    dragStarted();
    try {
      other.transact(() => tombstone(roots(other).partners.get('id-Politie') as Y.Map<unknown>), LOCAL_ORIGIN);
      expect(useDocumentStore.getState().doc!.partners['id-Politie']).toBeDefined();
    } finally {
      // GoalMap's drop: dragEnded() first, then the move.
      dragEnded();
    }
    movePartners([{ id: 'id-Politie', position: { x: 0, y: 180 } }]);
    expect(readArena(other).arena.partners['id-Politie']).toBeUndefined();
    expect(useDocumentStore.getState().doc!.partners['id-Politie']).toBeUndefined();
  });

  it('holds what another device changes while this one drags a partner, and shows it at the drop', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    bind(ydoc);
    const before = useDocumentStore.getState().doc!;
    dragStarted();
    try {
      other.transact(() => (roots(other).partners.get('id-Politie') as Y.Map<unknown>).set('position', { x: 0, y: 150 }), LOCAL_ORIGIN);
      // The shared document has it at once; the store (what draws) does not, yet.
      expect(readArena(ydoc).arena.partners['id-Politie']!.position).toEqual({ x: 0, y: 150 });
      expect(useDocumentStore.getState().doc).toBe(before);
      // This device's own edit meanwhile goes through as ever.
      movePartner('id-CAW', { x: 300, y: 0 });
      expect(readArena(other).arena.partners['id-CAW']!.position).toEqual({ x: 300, y: 0 });
    } finally {
      dragEnded();
    }
    const after = useDocumentStore.getState().doc!;
    expect(after.partners['id-Politie']!.position).toEqual({ x: 0, y: 150 });
    expect(after.partners['id-CAW']!.position).toEqual({ x: 300, y: 0 });
  });

  it('writes local commits into the Y.Doc, and shows a remote move redrawing only that partner', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    bind(ydoc);
    addPartner({ name: 'VDAB' });
    expect(Object.values(readArena(other).arena.partners).map((p) => p.name)).toContain('VDAB');
    const before = useDocumentStore.getState().doc!;
    // Another device moves Politie.
    other.transact(() => (roots(other).partners.get('id-Politie') as Y.Map<unknown>).set('position', { x: 0, y: 150 }), LOCAL_ORIGIN);
    const after = useDocumentStore.getState().doc!;
    expect(after.partners['id-Politie']!.position).toEqual({ x: 0, y: 150 });
    expect(after.partners['id-CAW']).toBe(before.partners['id-CAW']);
    expect(after.partners['id-OCMW']).toBe(before.partners['id-OCMW']);
  });

  it('undoes only this device’s gesture and says so when someone else changed it since', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    bind(ydoc);
    movePartner('id-CAW', { x: 0, y: 120 });
    other.transact(() => (roots(other).partners.get('id-OCMW') as Y.Map<unknown>).set('position', { x: -120, y: 0 }), LOCAL_ORIGIN);
    expect(useDocumentStore.getState().linked?.canUndo).toBe(true);
    useDocumentStore.getState().undo();
    const doc = useDocumentStore.getState().doc!;
    expect(doc.partners['id-CAW']!.position).toEqual({ x: 100, y: 0 });
    expect(doc.partners['id-OCMW']!.position).toEqual({ x: -120, y: 0 });
    expect(readArena(other).arena.partners['id-CAW']!.position).toEqual({ x: 100, y: 0 });
    // My next move is overwritten by the other device: undo says so and undoes nothing else.
    useDocumentStore.getState().redo();
    movePartner('id-Politie', { x: 0, y: -120 });
    other.transact(() => (roots(other).partners.get('id-Politie') as Y.Map<unknown>).set('position', { x: 0, y: 300 }), LOCAL_ORIGIN);
    useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().lastLinkedUndo).toBe('changedElsewhere');
    expect(useDocumentStore.getState().doc!.partners['id-CAW']!.position).toEqual({ x: 0, y: 120 });
  });

  it('writes an automatic placement to every device without making it a step of this person’s undo', () => {
    const ydoc = seeded();
    const other = replicaOf(ydoc);
    bind(ydoc);
    movePartner('id-CAW', { x: 0, y: 120 });
    const rendered: unknown[] = [];
    const stop = useDocumentStore.subscribe((s, was) => s.doc !== was.doc && rendered.push(s.doc));
    movePartners([{ id: 'id-OCMW', position: { x: -140, y: 10 } }], { undoable: false });
    stop();
    // Applied once, not read back from the Y.Doc as if it came from elsewhere.
    expect(rendered).toHaveLength(1);
    expect(readArena(other).arena.partners['id-OCMW']!.position).toEqual({ x: -140, y: 10 });
    useDocumentStore.getState().undo();
    const doc = useDocumentStore.getState().doc!;
    expect(doc.partners['id-CAW']!.position).toEqual({ x: 100, y: 0 });
    expect(doc.partners['id-OCMW']!.position).toEqual({ x: -140, y: 10 });
    expect(useDocumentStore.getState().linked?.canUndo).toBe(false);
  });

  it('opens a document of a newer format read-only, and a view link read-only', () => {
    const ydoc = seeded();
    ydoc.transact(() => roots(ydoc).meta.set('format', 99));
    bind(ydoc);
    expect(useDocumentStore.getState().readOnly).toBe(true);
    expect(addPartner({ name: 'Nope' }).ok).toBe(false);
    bindings.pop()!.dispose();
    bind(seeded(), true);
    expect(useDocumentStore.getState().readOnly).toBe(true);
  });
});
