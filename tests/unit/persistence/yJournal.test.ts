import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { dropState, parkedState, parkState } from '../../../src/persistence/yJournal';
import { stubLocalStorage, type MemoryStorage } from './helpers';

let storage: MemoryStorage;
beforeEach(() => {
  storage = stubLocalStorage();
});
afterEach(() => vi.unstubAllGlobals());

describe('the journal of a shared arena', () => {
  it('parks a Y.Doc state that, applied again, brings back a change whose database write was lost', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Wijk Noord');
    // An undo is a change like any other: the journal holds updates, not timestamps.
    doc.getMap('meta').set('title', 'Wijk Noord-Oost');
    expect(parkState('a1', Y.encodeStateAsUpdate(doc))).toBe(true);
    const reopened = new Y.Doc();
    reopened.getMap('meta').set('goal', 'stored meanwhile');
    Y.applyUpdate(reopened, parkedState('a1')!);
    expect(reopened.getMap('meta').toJSON()).toEqual({ title: 'Wijk Noord-Oost', goal: 'stored meanwhile' });
    // Applying it twice changes nothing.
    const before = Y.encodeStateVector(reopened);
    Y.applyUpdate(reopened, parkedState('a1')!);
    expect(Y.encodeStateVector(reopened)).toEqual(before);
    dropState('a1');
    expect(parkedState('a1')).toBeNull();
  });

  it('reads a damaged entry as none, and says when storage is full', () => {
    storage.setItem('arena.yjournal.bad', '{not json');
    expect(parkedState('bad')).toBeNull();
    storage.setItem('arena.yjournal.bad', JSON.stringify({ yjournal: 1, state: 42 }));
    expect(parkedState('bad')).toBeNull();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(parkState('a2', new Uint8Array([1, 2, 3]))).toBe(false);
  });

  it('round-trips large states', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    parkState('big', bytes);
    expect(parkedState('big')).toEqual(bytes);
  });
});
