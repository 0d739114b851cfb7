import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, roots } from '../../../../src/sync/doc/layout';
import { createArenaReader, readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { createPersonalUndo } from '../../../../src/sync/doc/undo';
import { UpdateChecker } from '../../../../src/sync/doc/updateCheck';
import { writeChanges } from '../../../../src/sync/doc/write';
import { DEFAULT_WORKSHOP, parseParticipantToken, participantToken, writeWorkshop } from '../../../../src/sync/doc/workshop';
import { NOW, replicaOf, sampleArena, sync } from './helpers';

function seeded(): Y.Doc {
  const ydoc = createSharedDoc();
  seedDoc(ydoc, sampleArena());
  return ydoc;
}

describe('the workshop map', () => {
  it('reads its defaults from a document that has no workshop yet', () => {
    expect(readArena(seeded()).workshop).toEqual({ mode: 'add', locked: false, warningsHidden: false, round: null });
    expect(DEFAULT_WORKSHOP).toEqual(readArena(createSharedDoc()).workshop);
  });

  it("the facilitator's writes reach every replica's read; the arena itself keeps its object", () => {
    const facilitator = seeded();
    const phone = replicaOf(facilitator);
    const reader = createArenaReader(phone);
    const first = reader.read();
    writeWorkshop(facilitator, { mode: 'own', locked: true, round: 'Add the partners you work with' });
    sync(facilitator, phone);
    const second = reader.read();
    expect(second.workshop).toEqual({ mode: 'own', locked: true, warningsHidden: false, round: 'Add the partners you work with' });
    expect(second.arena).toBe(first.arena);
    // Nothing changed: the same result object.
    writeWorkshop(facilitator, { locked: true });
    sync(facilitator, phone);
    expect(reader.read()).toBe(second);
    writeWorkshop(facilitator, { warningsHidden: true, round: null });
    sync(facilitator, phone);
    expect(reader.read().workshop).toEqual({ mode: 'own', locked: true, warningsHidden: true, round: null });
    reader.dispose();
  });

  it('a value that is not valid reads as its default (and writeWorkshop does not write one)', () => {
    const ydoc = seeded();
    roots(ydoc).workshop.set('mode', 'boss');
    roots(ydoc).workshop.set('locked', 'yes');
    expect(readArena(ydoc).workshop).toEqual(DEFAULT_WORKSHOP);
    writeWorkshop(ydoc, { mode: 'everything' as never, round: 7 as never });
    expect(roots(ydoc).workshop.get('mode')).toBe('boss');
    expect(roots(ydoc).workshop.has('round')).toBe(false);
  });

  it('is not part of the personal undo: an undo never unlocks the map', () => {
    const ydoc = seeded();
    const undo = createPersonalUndo(ydoc);
    ydoc.transact(() => {
      roots(ydoc).workshop.set('locked', true);
      roots(ydoc).meta.set('title', 'Workshop');
    }, LOCAL_ORIGIN);
    expect(undo.undo()).toBe('undone');
    expect(readArena(ydoc).arena.title).not.toBe('Workshop');
    expect(readArena(ydoc).workshop.locked).toBe(true);
  });
});

describe("a partner's addedBy", () => {
  it('is written and read like any field, on every replica; an invalid one is refused by the server and left out by read', () => {
    const ydoc = seeded();
    const checker = new UpdateChecker(Y.encodeStateAsUpdate(ydoc));
    const before = readArena(ydoc).arena;
    const added = { ...before.partners.kg!, id: 'p-anna', name: 'Buurthuis', addedBy: { id: 'anna-0001', name: 'Anna' }, createdAt: NOW, updatedAt: NOW };
    const after = { ...before, partners: { ...before.partners, 'p-anna': added } };
    const sv = Y.encodeStateVector(ydoc);
    ydoc.transact(() => writeChanges(ydoc, before, after, [{ op: 'add', path: ['partners', 'p-anna'], value: added }]), LOCAL_ORIGIN);
    expect(checker.check(Y.encodeStateAsUpdate(ydoc, sv))).toEqual({ ok: true });
    expect(readArena(replicaOf(ydoc)).arena.partners['p-anna']!.addedBy).toEqual({ id: 'anna-0001', name: 'Anna' });
    expect(readArena(ydoc).arena.partners.kg).not.toHaveProperty('addedBy');

    const sv2 = Y.encodeStateVector(ydoc);
    (roots(ydoc).partners.get('p-anna') as Y.Map<unknown>).set('addedBy', { id: 'anna-0001', name: 'A'.repeat(61) });
    const result = checker.check(Y.encodeStateAsUpdate(ydoc, sv2));
    expect(!result.ok && result.reason).toMatch(/^partners\/p-anna: addedBy\.name/);
    const read = readArena(ydoc);
    expect(read.arena.partners['p-anna']).toBeUndefined();
    expect(read.rejected).toEqual({ partners: 1 });
  });
});

describe('participant tokens', () => {
  it('are the participant secret and the participant id, joined by a dot', () => {
    expect(participantToken('s3cret', 'device-1234')).toBe('s3cret.device-1234');
    expect(parseParticipantToken('s3cret.device-1234')).toEqual({ secret: 's3cret', participantId: 'device-1234' });
    // Edit and view secrets have no dot; a participant id has at least 8 characters.
    expect(parseParticipantToken('s3cret')).toBeNull();
    expect(parseParticipantToken('s3cret.short')).toBeNull();
    expect(parseParticipantToken('a.b.device-1234')).toBeNull();
    expect(parseParticipantToken(`s.${'x'.repeat(65)}`)).toBeNull();
  });
});
