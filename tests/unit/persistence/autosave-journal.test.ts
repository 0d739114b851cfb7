// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutosave, type Autosave } from '../../../src/persistence/autosave';
import { useDocumentStore } from '../../../src/store/documentStore';
import { setGoal, setTitle } from '../../../src/store/arenaActions';
import { createArena, type Arena } from '../../../src/domain/arena';
import { iso, JOURNAL_PREFIX } from './helpers';
import { holdDraft, releaseDraft } from '../../../src/store/drafts';
import { ArenaConflictError, ArenaGoneError } from '../../../src/persistence/errors';

const s = () => useDocumentStore.getState();
const KEY = JOURNAL_PREFIX + 'arena-1';
/** The journal entry of arena-1: the parked arena and the revision it would have had once written. */
const entry = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { journal: number; revision: number; arena: Arena } | null;

let tick = 0;
let autosave: Autosave | null = null;

beforeEach(() => {
  tick = 0;
  localStorage.clear();
  s().hydrate(createArena('Journalled', iso(0), 'arena-1'));
  useDocumentStore.setState({ now: () => iso(++tick) });
});

afterEach(() => {
  autosave?.stop();
  autosave = null;
  localStorage.clear();
});

/** A write that waits until the test lets it finish. */
function heldWrite() {
  const finishers: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const write = vi.fn(
    (_arena: Arena) =>
      new Promise<void>((resolve, reject) => {
        finishers.push({ resolve, reject });
      }),
  );
  return { write, finishers };
}

describe('autosave and the journal', () => {
  it('parks the unconfirmed document on pagehide and drops it once the write lands', async () => {
    const { write, finishers } = heldWrite();
    autosave = startAutosave(write);
    setGoal('typed just before closing');
    const flushed = autosave.flush();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));

    window.dispatchEvent(new Event('pagehide'));
    // Never read or written by this page before: revision 0 is stored, so the parked one would be 1.
    expect(entry()).toEqual({ journal: 2, revision: 1, arena: s().doc });

    finishers[0]!.resolve();
    await flushed;
    await autosave.flush();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('parks a pending document when the page is hidden', async () => {
    const { write, finishers } = heldWrite();
    autosave = startAutosave(write);
    setTitle('Hidden tab');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(entry()?.arena.title).toBe('Hidden tab');
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    finishers[0]!.resolve();
    await autosave.flush();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the journal entry while the write fails', async () => {
    const { write, finishers } = heldWrite();
    autosave = startAutosave(write);
    setGoal('at risk');
    const flushed = autosave.flush();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new Event('pagehide'));
    finishers[0]!.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await flushed;
    expect(s().save).toEqual({ status: 'error', reason: 'quota' });
    expect(entry()?.arena.goal).toBe('at risk');
  });

  it('parks a newer version pending behind one in flight with the revision after it', async () => {
    const { write, finishers } = heldWrite();
    autosave = startAutosave(write);
    setGoal('first');
    void autosave.flush();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    setGoal('second, typed while the first was being written');
    window.dispatchEvent(new Event('pagehide'));
    expect(entry()).toMatchObject({ revision: 2, arena: { goal: 'second, typed while the first was being written' } });
    finishers[0]!.resolve();
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    // The first write landing does not drop the entry: it holds a later version.
    expect(entry()?.arena.goal).toBe('second, typed while the first was being written');
    finishers[1]!.resolve();
    await autosave.flush();
    expect(entry()).toBeNull();
  });

  it('a write refused because the arena was changed or deleted elsewhere drops the journal entry and is not retried', async () => {
    for (const refusal of [new ArenaConflictError(), new ArenaGoneError()]) {
      const { write, finishers } = heldWrite();
      autosave?.stop();
      autosave = startAutosave(write);
      setGoal(`refused: ${refusal.name}`);
      const flushed = autosave.flush();
      await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
      window.dispatchEvent(new Event('pagehide'));
      expect(entry()).not.toBeNull();
      finishers[0]!.reject(refusal);
      await flushed;
      expect(entry()).toBeNull();
      expect(s().save).toEqual({ status: 'error', reason: refusal instanceof ArenaGoneError ? 'deleted' : 'conflict' });
      await autosave.flush();
      expect(write).toHaveBeenCalledTimes(1);
    }
  });

  it('puts text still being typed in a field into the document before it parks it', async () => {
    const { write } = heldWrite();
    autosave = startAutosave(write);
    const owner = {};
    holdDraft(owner, () => setGoal('typed, the pause not over yet'));
    window.dispatchEvent(new Event('pagehide'));
    expect(s().doc?.goal).toBe('typed, the pause not over yet');
    expect(entry()?.arena.goal).toBe('typed, the pause not over yet');
    releaseDraft(owner);
  });

  it('does nothing on pagehide when everything is written', async () => {
    const write = vi.fn(async (_arena: Arena) => {});
    autosave = startAutosave(write);
    setGoal('done');
    await autosave.flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });

  it('stop() removes the page listeners', async () => {
    const { write } = heldWrite();
    autosave = startAutosave(write);
    setGoal('pending');
    autosave.stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
