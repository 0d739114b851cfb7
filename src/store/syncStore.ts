/**
 * The open arena's sharing, as the header and the share dialog show it: which link this device uses, the
 * connection's state, and what the last merge reported (records that could not be read, partners kept
 * against a delete, names that collide). Session state: nothing here is saved with the arena.
 */
import { create } from 'zustand';
import type { ConnectionState } from '../sync/client/connection';
import type { StoredShare } from '../persistence/db';
import type { Participant } from '../sync/client/identity';
import type { WorkshopState } from '../sync/client/workshopState';

/** No live workshop (or none known yet): participants may add, nothing locked or hidden, no round. */
export const NO_WORKSHOP: WorkshopState = { mode: 'add', locked: false, warningsHidden: false, round: null };

export interface MergeReport {
  /** Records from another device that failed validation, per collection. */
  unreadable: Readonly<Record<string, number>>;
  /** Names of partners deleted elsewhere while edited here (kept). */
  revived: readonly string[];
  /** Names two or more partners share after a merge. */
  collisions: readonly string[];
  /** The shared document is of a newer format than this app knows: shown read-only. */
  tooNew: boolean;
}

export const EMPTY_REPORT: MergeReport = { unreadable: {}, revived: [], collisions: [], tooNew: false };

interface SyncStore {
  share: StoredShare | null;
  connection: ConnectionState | null;
  report: MergeReport;
  /** Other people on the arena now (their devices). */
  peers: number;
  /** Set when Share succeeded: the editor reopens as a shared one and its share dialog opens on the links. */
  showLinks: boolean;
  /** Team members whose roles self-check is in the shared document (the others stay on their device). */
  sharedMembers: ReadonlySet<string>;
  /** Set by an open shared session: puts a member's answers in the shared document (their owner's choice). */
  shareMember: ((id: string) => void) | null;
  /** True while this device replaces the links (New links): the server's closing is expected. */
  rotating: boolean;
  /** Set by the open shared session: connect again after a refusal. */
  retry: (() => void) | null;
  /** A workshop participant's identity on this device (its first name, its id); null for an editor. */
  me: Participant | null;
  /** The live workshop's state as the shared document holds it (mode, lock, warnings hidden). */
  workshop: WorkshopState;
  /** Set by a facilitator's open shared session: mirrors the workshop's state in the shared document. */
  writeWorkshop: ((patch: Partial<WorkshopState>) => void) | null;
  /** The participant link this facilitator gives out; `enforced` false: the server cannot limit participants. */
  workshopLink: { url: string; enforced: boolean } | null;
  /** Presentation mode opens on the workshop's join QR code (asked from the share dialog). */
  presentJoin: boolean;
  set(partial: Partial<Omit<SyncStore, 'set' | 'reset'>>): void;
  reset(): void;
}

export const useSyncStore = create<SyncStore>()((set) => ({
  share: null,
  connection: null,
  report: EMPTY_REPORT,
  peers: 0,
  showLinks: false,
  sharedMembers: new Set(),
  shareMember: null,
  rotating: false,
  retry: null,
  me: null,
  workshop: NO_WORKSHOP,
  writeWorkshop: null,
  workshopLink: null,
  presentJoin: false,
  set: (partial) => set(partial),
  reset: () =>
    set({
      share: null,
      connection: null,
      report: EMPTY_REPORT,
      peers: 0,
      retry: null,
      rotating: false,
      sharedMembers: new Set(),
      shareMember: null,
      me: null,
      workshop: NO_WORKSHOP,
      writeWorkshop: null,
      workshopLink: null,
      presentJoin: false,
    }),
}));
