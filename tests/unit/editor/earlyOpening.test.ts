/**
 * The head start main.tsx gives the arena a page opens on: lock first, then the read; taken over once by
 * the editor's session; let go when nobody takes it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let lockResult: 'held' | 'busy' = 'held';
let lostHandler: (() => void) | null = null;
const release = vi.fn();

vi.mock('../../../src/persistence/editLock', () => ({
  acquireEditLock: vi.fn(async (arenaId: string, options: { onLost(): void }) => {
    calls.push(`lock ${arenaId}`);
    lostHandler = options.onLost;
    await Promise.resolve();
    calls.push(`lock ${lockResult}`);
    return { result: lockResult, release };
  }),
}));
vi.mock('../../../src/persistence/repository', () => ({
  loadArena: vi.fn(async (arenaId: string) => {
    calls.push(`read ${arenaId}`);
    if (arenaId === 'broken') throw new Error('database closed');
    return arenaId === 'missing' ? undefined : { id: arenaId };
  }),
}));

async function fresh() {
  vi.resetModules();
  return import('../../../src/editor/earlyOpening');
}

beforeEach(() => {
  calls.length = 0;
  lockResult = 'held';
  lostHandler = null;
  release.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('early opening', () => {
  it('takes the lock, then reads the arena, and hands both over once', async () => {
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    const opening = takeEarlyOpening('a');
    expect(opening).not.toBeNull();
    expect(takeEarlyOpening('a')).toBeNull();
    expect((await opening!.lock).result).toBe('held');
    expect(await opening!.doc).toEqual({ id: 'a' });
    expect(calls).toEqual(['lock a', 'lock held', 'read a']);
  });

  it('does not read when another tab holds the lock (the session then retries or opens read-only)', async () => {
    lockResult = 'busy';
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    const opening = takeEarlyOpening('a')!;
    expect((await opening.lock).result).toBe('busy');
    expect(await opening.doc).toBeNull();
    expect(calls).not.toContain('read a');
  });

  it('reports a missing arena as undefined, for the session to say so', async () => {
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('missing');
    expect(await takeEarlyOpening('missing')!.doc).toBeUndefined();
  });

  it('settles when the read has, for the first render to wait on, and never rejects (the session reports a failed read)', async () => {
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    await expect(startEarlyOpening('broken')).resolves.toBeUndefined();
    expect(calls).toContain('read broken');
    await expect(takeEarlyOpening('broken')!.doc).rejects.toThrow('database closed');
  });

  it('settles without a read when the lock is busy', async () => {
    lockResult = 'busy';
    const { startEarlyOpening } = await fresh();
    await expect(startEarlyOpening('a')).resolves.toBeUndefined();
    expect(calls).toEqual(['lock a', 'lock busy']);
  });

  it('is not handed to another arena, and is let go then (nobody will take it)', async () => {
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    expect(takeEarlyOpening('b')).toBeNull();
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    expect(takeEarlyOpening('a')).toBeNull();
  });

  it('is let go when the address changes before the editor takes it (its read could be stale by then)', async () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    try {
      const { startEarlyOpening, takeEarlyOpening } = await fresh();
      startEarlyOpening('a');
      page.dispatchEvent(new Event('hashchange'));
      await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1));
      expect(takeEarlyOpening('a')).toBeNull();
      // Once taken, a later change of address is the session's business, not the head start's.
      startEarlyOpening('c');
      expect(takeEarlyOpening('c')).not.toBeNull();
      page.dispatchEvent(new Event('hashchange'));
      await Promise.resolve();
      expect(release).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lets the lock go when nobody takes it within 10 s, so no other tab is shut out', async () => {
    vi.useFakeTimers();
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(release).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(release).toHaveBeenCalledTimes(1);
    expect(takeEarlyOpening('a')).toBeNull();
  });

  it('keeps the lock when taken in time', async () => {
    vi.useFakeTimers();
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    takeEarlyOpening('a');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(release).not.toHaveBeenCalled();
  });

  it('passes on a take-over by another tab that came before the session listened', async () => {
    const { startEarlyOpening, takeEarlyOpening } = await fresh();
    startEarlyOpening('a');
    await Promise.resolve();
    lostHandler!();
    const onLost = vi.fn();
    takeEarlyOpening('a')!.setOnLost(onLost);
    expect(onLost).toHaveBeenCalledTimes(1);
    // After that, a loss goes straight to the session.
    lostHandler!();
    expect(onLost).toHaveBeenCalledTimes(2);
  });
});
