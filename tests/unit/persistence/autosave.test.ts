import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutosave, RETRY_AFTER_ERROR_MS, type Autosave } from '../../../src/persistence/autosave';
import { classifyError } from '../../../src/persistence/errors';
import { useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { addPartner } from '../../../src/store/partnerActions';
import { setGoal, setTitle } from '../../../src/store/arenaActions';
import { createArena, type Arena } from '../../../src/domain/arena';
import { iso, stubLocalStorage, JOURNAL_PREFIX } from './helpers';

const s = () => useDocumentStore.getState();
const named = (name: string) => Object.assign(new Error(name), { name });

let tick = 0;
let autosave: Autosave | null = null;
let write: ReturnType<typeof vi.fn<(arena: Arena) => Promise<void>>>;

beforeEach(() => {
  tick = 0;
  s().hydrate(createArena('Autosaved', iso(0), 'arena-1'));
  useDocumentStore.setState({ now: () => iso(++tick) });
  write = vi.fn<(arena: Arena) => Promise<void>>().mockResolvedValue(undefined);
});

afterEach(() => {
  autosave?.stop();
  autosave = null;
  vi.useRealTimers();
});

const start = () => {
  autosave = startAutosave(write);
  return autosave;
};

describe('startAutosave', () => {
  it('writes the new document after a committed change and ends in "saved"', async () => {
    const saver = start();
    setGoal('Fewer evictions');
    expect(s().save).toEqual({ status: 'saving' });
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith(s().doc);
    expect(write.mock.calls[0]![0].goal).toBe('Fewer evictions');
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('writes on its own shortly after the change (no flush needed)', async () => {
    vi.useFakeTimers();
    start();
    setTitle('Renamed');
    await vi.runAllTimersAsync();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0].title).toBe('Renamed');
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('does not write the document it started with, nor for selection, highlight or drop-ring changes', async () => {
    const result = addPartner({ name: 'A' });
    const saver = start();
    if (!result.ok) throw new Error('not added');
    useSessionStore.getState().select(result.id);
    useSessionStore.getState().highlight([result.id]);
    useSessionStore.getState().setDropRing('core');
    useSessionStore.getState().select(null);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('writes several quick changes as the newest document', async () => {
    vi.useFakeTimers();
    const saver = start();
    setGoal('one');
    setGoal('two');
    setTitle('three');
    await saver.flush();
    await vi.runAllTimersAsync();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith(s().doc);
    expect(write.mock.calls[0]![0]).toMatchObject({ goal: 'two', title: 'three' });
  });

  it('on a quota error shows reason "quota", keeps the document, and saves on the next change', async () => {
    write.mockRejectedValueOnce(named('QuotaExceededError'));
    const saver = start();
    setGoal('first');
    await saver.flush();
    expect(s().save).toEqual({ status: 'error', reason: 'quota' });
    expect(s().doc!.goal).toBe('first');

    setGoal('second');
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]![0].goal).toBe('second');
    expect(write).toHaveBeenLastCalledWith(s().doc);
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('on a closed database shows reason "closed" and retries on its own after a pause', async () => {
    vi.useFakeTimers();
    write.mockRejectedValueOnce(new Dexie.DatabaseClosedError('closed'));
    const saver = start();
    setGoal('keep me');
    await saver.flush();
    expect(s().save).toEqual({ status: 'error', reason: 'closed' });
    expect(s().doc!.goal).toBe('keep me');

    await vi.advanceTimersByTimeAsync(RETRY_AFTER_ERROR_MS);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith(s().doc);
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('a retry via flush writes the failed document again', async () => {
    write.mockRejectedValueOnce(named('UnknownError'));
    const saver = start();
    setGoal('again');
    await saver.flush();
    expect(s().save).toEqual({ status: 'error', reason: 'closed' });
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]![0]).toBe(write.mock.calls[0]![0]);
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('an unrecognised error shows reason "unknown"', async () => {
    write.mockRejectedValueOnce(new TypeError('nope'));
    const saver = start();
    setGoal('x');
    await saver.flush();
    expect(s().save).toEqual({ status: 'error', reason: 'unknown' });
  });

  it('when a change arrives while a failing write is in flight, the newest document is written next', async () => {
    let rejectFirst: (e: unknown) => void = () => {};
    write.mockImplementationOnce(
      () =>
        new Promise<void>((_resolve, reject) => {
          rejectFirst = reject;
        }),
    );
    const saver = start();
    setGoal('first');
    const firstFlush = saver.flush();
    await Promise.resolve();
    setGoal('second');
    rejectFirst(named('QuotaExceededError'));
    await firstFlush;
    await saver.flush();
    expect(write).toHaveBeenLastCalledWith(s().doc);
    expect(write.mock.lastCall![0].goal).toBe('second');
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('flush() writes what is pending and nothing when nothing is', async () => {
    const saver = start();
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
    setGoal('pending');
    await saver.flush();
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('still writes what is pending when the arena is closed', async () => {
    const saver = start();
    setGoal('last words');
    const doc = s().doc;
    s().close();
    await saver.flush();
    expect(write).toHaveBeenCalledWith(doc);
  });

  it('does not write a newly opened arena until it changes', async () => {
    const saver = start();
    s().hydrate(createArena('Other', iso(0), 'arena-2'));
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
    setGoal('changed');
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0].id).toBe('arena-2');
  });

  it('stop() unsubscribes', async () => {
    const saver = start();
    saver.stop();
    setGoal('not saved');
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
  });
});

describe('a failed write of an arena that is no longer open', () => {
  it('does not mark the arena open now as not saved, is not retried in the background, and waits in the journal', async () => {
    vi.useFakeTimers();
    const storage = stubLocalStorage();
    const saver = start();
    write.mockRejectedValue(named('QuotaExceededError'));
    setGoal('Unsaved goal of A');
    // The user leaves A and opens B before the write has failed.
    s().hydrate(createArena('B', iso(0), 'arena-2'));
    await saver.flush();
    expect(s().save).toEqual({ status: 'saved' });
    const stored = storage.getItem(JOURNAL_PREFIX + 'arena-1');
    expect(stored && (JSON.parse(stored) as { arena: Arena }).arena.goal).toBe('Unsaved goal of A');
    const calls = write.mock.calls.length;
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_ERROR_MS * 3);
    expect(write.mock.calls.length).toBe(calls);
    vi.unstubAllGlobals();
  });
});

describe('classifyError', () => {
  it('recognises quota errors, also wrapped by Dexie', () => {
    expect(classifyError(named('QuotaExceededError'))).toBe('quota');
    expect(classifyError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(classifyError(new Dexie.AbortError('aborted', named('QuotaExceededError')))).toBe('quota');
    expect(classifyError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyError({ name: 'OpenFailedError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe('quota');
  });

  it('recognises a closed or broken database', () => {
    expect(classifyError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyError(named('InvalidStateError'))).toBe('closed');
    expect(classifyError({ name: 'UnknownError' })).toBe('closed');
    expect(classifyError(new Dexie.AbortError('aborted', new Dexie.DatabaseClosedError()))).toBe('closed');
  });

  it('prefers quota over closed when both are in the chain', () => {
    expect(classifyError({ name: 'InvalidStateError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
  });

  it('says unknown for anything else', () => {
    expect(classifyError(new Error('boom'))).toBe('unknown');
    expect(classifyError(new Dexie.ConstraintError('dup'))).toBe('unknown');
    expect(classifyError('a string')).toBe('unknown');
    expect(classifyError(null)).toBe('unknown');
    expect(classifyError(undefined)).toBe('unknown');
    expect(classifyError({ inner: null })).toBe('unknown');
  });
});
