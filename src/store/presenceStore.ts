/**
 * Who is doing what on a shared arena right now (presence, never part of the document): who is here, the
 * partners other people drag or edit and where the dragged ones are, the partners someone else has just
 * added, and this device's own drag and selection to tell the others. Filled by the shared session
 * (sync/client/presence.ts) from the sync server's awareness messages; empty for a local arena.
 */
import { create } from 'zustand';
import type { Point } from '../domain/rings';

/** A person in the room. `name` is '' when they gave none: they are shown as "Guest {guest}". */
export interface Person {
  name: string;
  /** One of the palette's colours (sync/client/people.ts). */
  colour: string;
  guest: number;
}

export interface Peer extends Person {
  clientId: number;
  /** This device. */
  self: boolean;
}

/** Someone else at work on a partner: dragging it, or editing it (it is selected in their inspector). */
export interface Activity extends Person {
  doing: 'drag' | 'edit';
}

interface PresenceStore {
  /** Everyone here, this device first; empty when the arena is not shared. */
  people: readonly Peer[];
  /** Partner id → another person dragging or editing it. */
  activity: ReadonlyMap<string, Activity>;
  /** Partner id → where another device is dragging it now. */
  remoteDrags: ReadonlyMap<string, Point>;
  /** Partner id → who has just added it on another device (for a few seconds). */
  arrivals: ReadonlyMap<string, Person | null>;
  /** Set by an open shared session: tells the others what this device drags (null: the drag ended). */
  publish: ((drag: { id: string; position: Point } | null) => void) | null;
  set(partial: Partial<Omit<PresenceStore, 'set'>>): void;
}

const NONE = new Map<string, never>();
const NOBODY: readonly Peer[] = [];

export const usePresenceStore = create<PresenceStore>()((set) => ({
  people: NOBODY,
  activity: NONE,
  remoteDrags: NONE,
  arrivals: NONE,
  publish: null,
  set: (partial) => set(partial),
}));

/** A drag on this device: the others see it live (a shared arena); nothing happens for a local one. */
export function publishDrag(drag: { id: string; position: Point } | null): void {
  usePresenceStore.getState().publish?.(drag);
}

export function clearPresence(): void {
  usePresenceStore.setState({ people: NOBODY, activity: NONE, remoteDrags: NONE, arrivals: NONE, publish: null });
}
