/**
 * One tab edits an arena; any other tab that opens it shows it read-only (live) until the user takes
 * over. Built on the Web Locks API: the lock is held for as long as the tab edits, and "take over"
 * steals it, which tells the first tab (its lock request rejects with AbortError). The first tab then
 * writes what it still has pending and says so on a BroadcastChannel, so the new editor loads the latest.
 */
export type LockResult = 'held' | 'busy';

export interface EditLock {
  result: LockResult;
  release(): void;
}

const lockName = (arenaId: string) => `arena-edit:${arenaId}`;

export async function acquireEditLock(arenaId: string, options: { steal?: boolean; onLost(): void }): Promise<EditLock> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { result: 'held', release() {} }; // no Web Locks: no protection, but no lock-out either
  let release!: () => void;
  const holding = new Promise<void>((resolve) => (release = resolve));
  let released = false;
  const result = await new Promise<LockResult>((resolve) => {
    locks
      .request(lockName(arenaId), options.steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve('busy');
          return;
        }
        resolve('held');
        await holding;
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError' && !released) options.onLost();
      });
  });
  return {
    result,
    release() {
      released = true;
      release();
    },
  };
}

/** The hand-over between tabs: "I have written everything" from the tab that lost the lock. */
export function handOverChannel(arenaId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(lockName(arenaId));
}

export function waitForHandOver(arenaId: string, timeoutMs = 1500): Promise<void> {
  const channel = handOverChannel(arenaId);
  if (!channel) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      channel.close();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    channel.onmessage = (e) => {
      if (e.data === 'written') done();
    };
  });
}

export function announceHandOver(arenaId: string): void {
  const channel = handOverChannel(arenaId);
  if (!channel) return;
  channel.postMessage('written');
  channel.close();
}
