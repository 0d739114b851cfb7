/**
 * Who is doing what on a shared arena right now (presence, never part of the document): the partners being
 * dragged on other devices and where they are, and this device's own drag to tell the others. Filled by the
 * shared session (sync/client/presence.ts) from the sync server's awareness messages.
 */
import { create } from 'zustand';
import type { Point } from '../domain/rings';

interface PresenceStore {
  /** Partner id → where another device is dragging it now. */
  remoteDrags: ReadonlyMap<string, Point>;
  /** Set by an open shared session: tells the others what this device drags (null: the drag ended). */
  publish: ((drag: { id: string; position: Point } | null) => void) | null;
  set(partial: Partial<Omit<PresenceStore, 'set'>>): void;
}

const NONE: ReadonlyMap<string, Point> = new Map();

export const usePresenceStore = create<PresenceStore>()((set) => ({
  remoteDrags: NONE,
  publish: null,
  set: (partial) => set(partial),
}));

/** A drag on this device: the others see it live (a shared arena); nothing happens for a local one. */
export function publishDrag(drag: { id: string; position: Point } | null): void {
  usePresenceStore.getState().publish?.(drag);
}

export function clearPresence(): void {
  usePresenceStore.setState({ remoteDrags: NONE, publish: null });
}
