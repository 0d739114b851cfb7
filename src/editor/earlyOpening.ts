/**
 * A head start for the arena the page opens on (a reload, a bookmark): main.tsx starts taking its edit
 * lock and then reading it while React's code still runs and renders the first screen, and the editor's
 * session takes the result over when it mounts, instead of starting both only then.
 *
 * The order is the session's own: the lock first, then the read. So a tab that held the arena a moment
 * ago and still had a write pending cannot have that write land after our read (it writes only while it
 * holds the lock, and hands over before it lets go).
 */
import type { Arena } from '../domain/arena';
import { acquireEditLock, type EditLock } from '../persistence/editLock';
import { loadArena } from '../persistence/repository';

export interface EarlyOpening {
  /** The lock as acquireEditLock gave it: held, or busy (another tab edits the arena). */
  lock: Promise<EditLock>;
  /** The arena as read once the lock was held; undefined when missing, null when the lock was busy. */
  doc: Promise<Arena | undefined | null>;
  /** Who hears that another tab took the lock over; a loss before this is set is passed on when it is. */
  setOnLost(onLost: () => void): void;
}

/** Not taken by then (the editor did not mount for it): the lock is let go, so no other tab is shut out. */
const UNCLAIMED_MS = 10_000;

let pending: { arenaId: string; opening: EarlyOpening; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Lets the head start go: its lock is released once it is held. For when it will not be taken: the
 * address changed before the editor mounted (a read kept for later could be stale by then), the editor
 * opened another arena, or nobody came for it.
 */
function drop(): void {
  if (!pending) return;
  const { opening, timer } = pending;
  clearTimeout(timer);
  pending = null;
  void opening.lock.then((got) => got.release());
}

/** Starts the head start; the promise settles when the read has (or the lock turned out busy), never rejects. */
export function startEarlyOpening(arenaId: string): Promise<void> {
  if (pending) return Promise.resolve();
  let onLost: (() => void) | null = null;
  let lostEarly = false;
  const lock = acquireEditLock(arenaId, {
    onLost: () => {
      if (onLost) onLost();
      else lostEarly = true;
    },
  });
  const doc = lock.then((got) => (got.result === 'held' ? loadArena(arenaId) : null));
  // A failed read is the session's to report once it takes the opening; until then it is not unhandled.
  const settled = doc.then(
    () => undefined,
    () => undefined,
  );
  const opening: EarlyOpening = {
    lock,
    doc,
    setOnLost(handler) {
      onLost = handler;
      if (lostEarly) {
        lostEarly = false;
        handler();
      }
    },
  };
  const timer = setTimeout(() => {
    if (pending?.opening === opening) drop();
  }, UNCLAIMED_MS);
  pending = { arenaId, opening, timer };
  if (typeof window !== 'undefined') {
    window.addEventListener(
      'hashchange',
      () => {
        if (pending?.opening === opening) drop();
      },
      { once: true },
    );
  }
  return settled;
}

/**
 * The head start for this arena, once: later calls get null and open the arena themselves. Asked for
 * another arena, the head start is let go: nobody will take it.
 */
export function takeEarlyOpening(arenaId: string): EarlyOpening | null {
  if (!pending) return null;
  if (pending.arenaId !== arenaId) {
    drop();
    return null;
  }
  const { opening, timer } = pending;
  clearTimeout(timer);
  pending = null;
  return opening;
}
