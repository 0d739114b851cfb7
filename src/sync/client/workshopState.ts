/**
 * A live workshop's state as every device shows it: the root Y.Map `workshop` of the shared document
 * (keys `mode`, `locked`, `warningsHidden`, `round`), written by facilitators only (the server refuses a
 * participant's write to it). The sync server's own record of the mode and the lock is what it enforces;
 * this map is what the apps show, written by the facilitator's app right after the server took the change.
 */
import type * as Y from 'yjs';
import { NO_WORKSHOP } from '../../store/syncStore';

/** What participants may do: add partners only, also change their own, or change everything. */
export const WORKSHOP_MODES = ['add', 'own', 'all'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

export interface WorkshopState {
  mode: WorkshopMode;
  /** Participants can change nothing (the facilitator locked the map). */
  locked: boolean;
  /** Participants do not see the warnings (a round is on). */
  warningsHidden: boolean;
  /** The round's question ("add the partners you work with"), or null. */
  round: string | null;
}

export const WORKSHOP_ROOT = 'workshop';
// The default lives with the store that starts from it: this module stays out of the first load.
export { NO_WORKSHOP } from '../../store/syncStore';

export function isMode(value: unknown): value is WorkshopMode {
  return typeof value === 'string' && (WORKSHOP_MODES as readonly string[]).includes(value);
}

/** The state the map holds; what is missing or of the wrong kind reads as the default. */
export function readWorkshop(map: Y.Map<unknown>): WorkshopState {
  const mode = map.get('mode');
  const round = map.get('round');
  return {
    mode: isMode(mode) ? mode : NO_WORKSHOP.mode,
    locked: map.get('locked') === true,
    warningsHidden: map.get('warningsHidden') === true,
    round: typeof round === 'string' && round.trim() ? round : null,
  };
}

export function sameWorkshop(a: WorkshopState, b: WorkshopState): boolean {
  return a.mode === b.mode && a.locked === b.locked && a.warningsHidden === b.warningsHidden && a.round === b.round;
}
