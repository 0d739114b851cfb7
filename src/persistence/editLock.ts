/**
 * One writer per arena. One tab edits an arena; any other tab that opens it shows it read-only (live),
 * waits in line for the lock, and takes over by itself when the editing tab closes, or at once when the
 * user asks ("take over" steals the lock, which tells the first tab: its lock request rejects with
 * AbortError). The first tab then writes what it still has pending and says so on a BroadcastChannel,
 * so the new editor loads the latest.
 *
 * Every other writer (the home screen's rename, duplicate and delete, and the recovery of parked
 * changes) either works while holding the same lock or asks the editing tab over the same channel.
 */
export type LockResult = 'held' | 'busy';

export interface EditLock {
  result: LockResult;
  release(): void;
}

const lockName = (arenaId: string) => `arena-edit:${arenaId}`;

function webLocks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

/** The arenas whose lock this page holds (so its own recovery may write them). */
const heldHere = new Set<string>();

export function holdsEditLock(arenaId: string): boolean {
  return heldHere.has(arenaId);
}

/**
 * Asks for the lock with `request` (ifAvailable, steal, or a place in line with a signal) and resolves
 * once the browser answers: held (until `release`), or busy. A held lock stolen by another tab calls
 * `onLost`, unless this tab let it go or gave up waiting (`givenUp`).
 */
function requestEditLock(locks: LockManager, arenaId: string, request: LockOptions, onLost: () => void, givenUp = () => false): Promise<EditLock> {
  let release!: () => void;
  const holding = new Promise<void>((resolve) => (release = resolve));
  let released = false;
  const held: EditLock = {
    result: 'held',
    release() {
      released = true;
      release();
    },
  };
  return new Promise((resolve) => {
    locks
      .request(lockName(arenaId), request, async (lock) => {
        if (!lock) return resolve({ result: 'busy', release() {} });
        heldHere.add(arenaId);
        resolve(held);
        try {
          await holding;
        } finally {
          heldHere.delete(arenaId);
        }
      })
      .catch((error: unknown) => {
        heldHere.delete(arenaId);
        if (error instanceof DOMException && error.name === 'AbortError' && !released && !givenUp()) onLost();
      });
  });
}

export async function acquireEditLock(arenaId: string, options: { steal?: boolean; onLost(): void }): Promise<EditLock> {
  const locks = webLocks();
  if (!locks) return { result: 'held', release() {} }; // no Web Locks: no protection, but no lock-out either
  return requestEditLock(locks, arenaId, options.steal ? { steal: true } : { ifAvailable: true }, options.onLost);
}

/**
 * Waits in line for the lock (a read-only tab does, so it takes over when the editing tab closes).
 * Resolves with the held lock; never resolves once `signal` aborts (the wait is given up).
 */
export function waitForEditLock(arenaId: string, options: { signal: AbortSignal; onLost(): void }): Promise<EditLock> {
  const locks = webLocks();
  if (!locks) return new Promise(() => {});
  return requestEditLock(locks, arenaId, { signal: options.signal }, options.onLost, () => options.signal.aborted);
}

/** Whether a live tab (this one or another) holds the arena's edit lock right now. */
export async function isEditLockHeld(arenaId: string): Promise<boolean> {
  const locks = webLocks();
  if (!locks) return false;
  const state = await locks.query();
  return (state.held ?? []).some((l) => l.name === lockName(arenaId));
}

/**
 * Runs `work` while holding the arena's lock, when no tab holds it (or this page does); otherwise
 * runs nothing and resolves to `{ ran: false }`. Writers other than the editor use it, so that they
 * never write under an editing tab.
 */
export async function withFreeEditLock<T>(arenaId: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const locks = webLocks();
  if (!locks || heldHere.has(arenaId)) return { ran: true, value: await work() };
  return locks.request(lockName(arenaId), { ifAvailable: true }, async (lock) => {
    if (!lock) return { ran: false as const };
    heldHere.add(arenaId);
    try {
      return { ran: true as const, value: await work() };
    } finally {
      heldHere.delete(arenaId);
    }
  });
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
