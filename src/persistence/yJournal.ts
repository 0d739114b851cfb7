/**
 * The last-resort journal of a shared arena: on `pagehide` the whole Y.Doc state is parked in
 * localStorage (synchronous, so it lands although the tab is closing), and on the next opening it is
 * applied to the Y.Doc again. Applying a Yjs update twice changes nothing, so there is no version to
 * compare and no clock: what y-dexie did store is merged with what it may have dropped.
 */
const PREFIX = 'arena.yjournal.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/**
 * Parks a shared arena's state, with what this device keeps outside it (its own team members, which are
 * personal and live in the snapshot row only); false when localStorage refused it (full).
 */
export function parkState(id: string, state: Uint8Array, personal?: unknown): boolean {
  const ls = storage();
  if (!ls) return false;
  try {
    ls.setItem(PREFIX + id, JSON.stringify({ yjournal: 1, state: toBase64(state), ...(personal === undefined ? {} : { personal }) }));
    return true;
  } catch {
    return false;
  }
}

/** The parked state of a shared arena, if any (a damaged entry reads as none). */
export function parkedState(id: string): Uint8Array | null {
  return parkedEntry(id)?.state ?? null;
}

/** The parked entry: the state, and what this device kept outside it (unchecked: the caller validates). */
export function parkedEntry(id: string): { state: Uint8Array; personal: unknown } | null {
  const text = storage()?.getItem(PREFIX + id);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { yjournal?: unknown; state?: unknown; personal?: unknown };
    return value.yjournal === 1 && typeof value.state === 'string' ? { state: fromBase64(value.state), personal: value.personal } : null;
  } catch {
    return null;
  }
}

export function dropState(id: string): void {
  storage()?.removeItem(PREFIX + id);
}
