/**
 * While this device's pointer drags a partner on the map, what other devices change waits, and is drawn
 * at most once every HOLD_MAX_MS and at once when the drag ends.
 *
 * Why: every change from elsewhere re-renders the map and the panels, and on a 500-partner map the browser
 * then spends 10–20 ms laying out and compositing that frame before any script runs. A drag frame that also
 * carries a change misses its slot, so thirty participants adding partners made the projector's drag stutter
 * (bench: "sync: drag frame p95 … 30 participants"). Held, the drag stays smooth and nothing is lost: the
 * shared document has every change at once; only drawing it waits, by at most HOLD_MAX_MS.
 *
 * No React, no sync code: the map marks the drag, the sync client asks to run its updates.
 */

/** How long a change from elsewhere may wait while a drag goes on. */
export const HOLD_MAX_MS = 1000;

let dragging = false;
/** What the drag's owner undoes when the drag ends without it hearing so (see endAfterPointer). */
let abandoned: (() => void) | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
/** Keyed updates: the latest of a key replaces the earlier one (a whole re-read). */
const latest = new Map<string, () => void>();
/** Updates that each must run, in order (one partner's highlight on, then off). */
const each: (() => void)[] = [];

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const runs = [...latest.values(), ...each];
  latest.clear();
  each.length = 0;
  // One update that throws must not cost the others theirs; its error is reported after them.
  for (const run of runs) {
    try {
      run();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Runs `run` now, or, during a drag, when the drag ends or HOLD_MAX_MS after the first held update.
 * With a `key`, a later update of the same key replaces a held one.
 */
export function whenNotDragging(run: () => void, key?: string): void {
  if (!dragging) {
    run();
    return;
  }
  if (key) latest.set(key, run);
  else each.push(run);
  timer ??= setTimeout(flush, HOLD_MAX_MS);
}

/** The last pointer up or cancel ends the drag, should the map never say so (a drag React Flow aborted). */
function endAfterPointer(): void {
  removeEventListener('pointerup', endAfterPointer, true);
  removeEventListener('pointercancel', endAfterPointer, true);
  setTimeout(() => {
    if (!dragging) return;
    const undo = abandoned;
    dragEnded();
    undo?.();
  }, 0);
}

/** `onAbandoned`: run when the drag ends at the pointer's release without dragEnded (React Flow aborted it). */
export function dragStarted(onAbandoned?: () => void): void {
  if (dragging) return;
  dragging = true;
  abandoned = onAbandoned ?? null;
  for (const listener of listeners) listener();
  if (typeof addEventListener === 'function') {
    addEventListener('pointerup', endAfterPointer, true);
    addEventListener('pointercancel', endAfterPointer, true);
  }
}

/** The drag ended (dropped, or cancelled): what waited is drawn now. */
export function dragEnded(): void {
  if (!dragging) return;
  dragging = false;
  abandoned = null;
  try {
    flush();
  } finally {
    for (const listener of listeners) listener();
  }
}

export function isDragging(): boolean {
  return dragging;
}

/** For useSyncExternalStore: called when a drag starts or ends. */
export function onDragChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
