import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { ARRIVAL_MS, startPresence } from '../../../../src/sync/client/presence';
import { PALETTE, cleanName, colourFor, freeColour, guestNumber, personOf, readPeople } from '../../../../src/sync/client/people';
import { publishDrag, usePresenceStore } from '../../../../src/store/presenceStore';
import { usePreferencesStore } from '../../../../src/store/preferencesStore';
import { useSessionStore } from '../../../../src/store/sessionStore';
import { useDocumentStore } from '../../../../src/store/documentStore';
import { createArena, createPartner } from '../../../../src/domain/arena';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { writeChanges } from '../../../../src/sync/doc/write';

/** Relative luminance and contrast as WCAG 2 defines them. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('people: who is here, from awareness states', () => {
  it('a palette of distinct colours, each with white text at 4.5:1 or more; a client id gets the same colour and guest number everywhere', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    for (const colour of PALETTE) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(colourFor(123456)).toBe(colourFor(123456));
    const used = new Set(Array.from({ length: 200 }, (_, i) => colourFor(1000 + i)));
    expect(used.size).toBe(PALETTE.length);
    const guest = guestNumber(987654321);
    expect(guest).toBeGreaterThanOrEqual(1);
    expect(guest).toBeLessThanOrEqual(99);
  });

  it('names from other devices are cleaned and cut; a colour outside the palette is replaced', () => {
    expect(cleanName('  Anna\u0000\u202e   Maria \n')).toBe('Anna Maria');
    expect(cleanName('x'.repeat(200))).toHaveLength(60);
    expect(cleanName(42)).toBe('');
    expect(personOf(7, { user: { name: 'Bram', colour: 'url(https://evil.example/x)' } })).toEqual({ name: 'Bram', colour: colourFor(7), guest: guestNumber(7) });
    expect(personOf(7, { user: { name: 'Bram', colour: PALETTE[2] } }).colour).toBe(PALETTE[2]);
    expect(personOf(7, {}).name).toBe('');
  });

  it('lists this device first, then by name; drags win over edits; unchanged reads keep their objects', () => {
    const states = new Map<number, unknown>([
      [3, { user: { name: 'Zoë', colour: PALETTE[0] }, editing: 'p1' }],
      [1, { user: { name: 'Me', colour: PALETTE[1] } }],
      [2, { user: { name: 'Anna', colour: PALETTE[2] }, dragging: { id: 'p1', x: 5, y: 6 }, editing: 'p2' }],
      [4, { user: { name: '' } }],
    ]);
    const first = readPeople(states, 1);
    expect(first.people.map((p) => [p.name, p.self])).toEqual([
      ['Me', true],
      ['Anna', false],
      ['Zoë', false],
      ['', false],
    ]);
    expect(first.activity.get('p1')).toMatchObject({ name: 'Anna', doing: 'drag' });
    expect(first.activity.get('p2')).toMatchObject({ name: 'Anna', doing: 'edit' });
    expect(first.drags.get('p1')).toEqual({ x: 5, y: 6 });
    const again = readPeople(new Map(states), 1, first);
    expect(again.people).toBe(first.people);
    expect(again.activity).toBe(first.activity);
    expect(again.drags).toBe(first.drags);
    // Anna lets go: p1 shows Zoë editing; Anna's own entry is the same object.
    states.set(2, { user: { name: 'Anna', colour: PALETTE[2] }, dragging: null, editing: 'p2' });
    const after = readPeople(states, 1, again);
    expect(after.activity.get('p1')).toMatchObject({ name: 'Zoë', doing: 'edit' });
    expect(after.activity.get('p2')).toBe(first.activity.get('p2'));
    expect(after.people).toBe(first.people);
    expect(after.drags.size).toBe(0);
  });
});

/** A provider as presence.ts uses it: its awareness, its document, and whether it has caught up. */
function fakeProvider(doc: Y.Doc) {
  const awareness = new Awareness(doc);
  return { awareness, document: doc, isSynced: true, on() {}, off() {} } as unknown as HocuspocusProvider & { awareness: Awareness; isSynced: boolean };
}

/** Delivers one awareness's current state to another, as the server would. */
function deliver(from: Awareness, to: Awareness) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote');
}

describe('presence over awareness', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    usePreferencesStore.setState({ workshopName: 'Els' });
    useSessionStore.getState().select(null);
  });
  afterEach(() => {
    stop?.();
    stop = null;
    vi.useRealTimers();
  });

  it('publishes name and colour, and at most one message per 50 ms however fast the drag goes', () => {
    const provider = fakeProvider(new Y.Doc());
    const sent: number[] = [];
    provider.awareness.on('update', () => sent.push(Date.now()));
    stop = startPresence(provider);
    expect(provider.awareness.getLocalState()).toMatchObject({ user: { name: 'Els', colour: colourFor(provider.awareness.clientID) } });
    sent.length = 0;
    for (let ms = 0; ms < 1000; ms += 4) {
      publishDrag({ id: 'p1', position: { x: ms, y: 0 } });
      vi.advanceTimersByTime(4);
    }
    publishDrag(null);
    vi.advanceTimersByTime(100);
    expect(sent.length).toBeLessThanOrEqual(22);
    expect(sent.length).toBeGreaterThan(10);
    expect(provider.awareness.getLocalState()).toMatchObject({ dragging: null });
    // A new name and a selection reach the others too.
    usePreferencesStore.getState().setWorkshopName('Els V.');
    useSessionStore.setState({ selectedId: 'p2' });
    vi.advanceTimersByTime(60);
    expect(provider.awareness.getLocalState()).toMatchObject({ user: { name: 'Els V.' }, editing: 'p2' });
    // A view link only looks: it is not editing what it has open.
    useDocumentStore.setState({ readOnly: true });
    vi.advanceTimersByTime(60);
    expect(provider.awareness.getLocalState()).toMatchObject({ editing: null });
    useDocumentStore.setState({ readOnly: false });
  });

  it('a device arriving where its colour is taken picks the next free one and keeps it; one alone keeps its own', () => {
    const theirDoc = new Y.Doc();
    const theirs = new Awareness(theirDoc);
    const mineDoc = new Y.Doc();
    // A client id whose colour is the other's.
    while (colourFor(mineDoc.clientID) !== colourFor(theirDoc.clientID)) mineDoc.clientID = (mineDoc.clientID + 1) >>> 0;
    const mine = fakeProvider(mineDoc);
    theirs.setLocalState({ user: { name: 'Bram', colour: colourFor(theirDoc.clientID) } });
    deliver(theirs, mine.awareness);
    stop = startPresence(mine);
    vi.advanceTimersByTime(60);
    const chosen = (mine.awareness.getLocalState() as { user: { colour: string } }).user.colour;
    expect(chosen).not.toBe(colourFor(theirDoc.clientID));
    expect(chosen).toBe(freeColour(mineDoc.clientID, new Set([colourFor(theirDoc.clientID)])));
    // Someone arriving later with the same colour does not make this device change again.
    const third = new Awareness(new Y.Doc());
    third.setLocalState({ user: { name: 'Chris', colour: chosen } });
    deliver(third, mine.awareness);
    vi.advanceTimersByTime(2000);
    expect((mine.awareness.getLocalState() as { user: { colour: string } }).user.colour).toBe(chosen);
    stop();
    // Alone: after a moment it keeps the colour its hash gives, whoever comes later.
    const alone = fakeProvider(new Y.Doc());
    stop = startPresence(alone);
    vi.advanceTimersByTime(1100);
    const late = new Awareness(new Y.Doc());
    late.setLocalState({ user: { name: 'Dirk', colour: colourFor(alone.awareness.clientID) } });
    deliver(late, alone.awareness);
    vi.advanceTimersByTime(100);
    expect((alone.awareness.getLocalState() as { user: { colour: string } }).user.colour).toBe(colourFor(alone.awareness.clientID));
  });

  it('fills the store with who is here and what they do, and empties it when the session ends', () => {
    const mine = fakeProvider(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    stop = startPresence(mine);
    theirs.setLocalState({ user: { name: 'Bram', colour: PALETTE[3] }, dragging: { id: 'p1', x: 10, y: 20 }, editing: null });
    deliver(theirs, mine.awareness);
    const store = usePresenceStore.getState();
    expect(store.people.map((p) => p.name)).toEqual(['Els', 'Bram']);
    expect(store.activity.get('p1')).toMatchObject({ name: 'Bram', colour: PALETTE[3], doing: 'drag' });
    expect(store.remoteDrags.get('p1')).toEqual({ x: 10, y: 20 });
    stop();
    stop = null;
    expect(usePresenceStore.getState().people).toEqual([]);
    expect(usePresenceStore.getState().activity.size).toBe(0);
  });

  it('lights a partner another device adds for a few seconds, with its name; not what arrives before catching up', () => {
    const arena = createArena('Wijk', '2025-01-01T00:00:00.000Z', 'arena-1');
    const mineDoc = createSharedDoc();
    seedDoc(mineDoc, arena);
    const theirDoc = new Y.Doc();
    Y.applyUpdate(theirDoc, Y.encodeStateAsUpdate(mineDoc));
    theirDoc.on('update', (u: Uint8Array) => Y.applyUpdate(mineDoc, u, 'remote'));
    const mine = fakeProvider(mineDoc);
    const theirs = new Awareness(theirDoc);
    theirs.setLocalState({ user: { name: 'Bram', colour: PALETTE[4] } });
    stop = startPresence(mine);
    deliver(theirs, mine.awareness);

    const add = (id: string, name: string, addedBy?: { id: string; name: string }) => {
      const before = createArena('Wijk', arena.createdAt, 'arena-1');
      const after = structuredClone(before);
      after.partners[id] = { ...createPartner({ name }, arena.createdAt, id), ...(addedBy ? { addedBy } : {}) };
      writeChanges(theirDoc, before, after, [{ op: 'add', path: ['partners', id], value: after.partners[id] }]);
    };
    mine.isSynced = false;
    add('early', 'OCMW');
    expect(usePresenceStore.getState().arrivals.size).toBe(0);
    mine.isSynced = true;
    add('caw', 'CAW');
    expect(usePresenceStore.getState().arrivals.get('caw')).toEqual({ name: 'Bram', colour: PALETTE[4], guest: guestNumber(theirs.clientID) });
    add('vdab', 'VDAB', { id: 'participant-1', name: 'Yasmine' });
    expect(usePresenceStore.getState().arrivals.get('vdab')).toMatchObject({ name: 'Yasmine', colour: PALETTE[4] });
    vi.advanceTimersByTime(ARRIVAL_MS + 10);
    expect(usePresenceStore.getState().arrivals.size).toBe(0);
  });
});
