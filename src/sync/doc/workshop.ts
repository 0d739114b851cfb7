/**
 * A live workshop on a shared arena: what its participants may do, the `workshop` root map that shows it to
 * every app, and the participant's token. Pure TypeScript, for the app and the sync server.
 *
 * The sync server enforces the rules (its rooms table holds the mode, the lock and the participant
 * secret; updateCheck.ts applies them to every update of a participant connection). The `workshop` map
 * mirrors that state for the apps (and holds what only the apps use: warnings hidden, the round); only an
 * edit connection may write it. The facilitator's app calls the server's API first, then writes the map.
 */
import type * as Y from 'yjs';
import { MAX_NAME_LENGTH } from '../../domain/arena';
import { FORBIDDEN_KEYS } from '../../io/limits';
import { VALUE_DEPTH, isJson } from './decode';
import { roots } from './layout';

/**
 * What a participant connection may write:
 * - `add`: only new partners whose `addedBy.id` is its own participant id;
 * - `own`: also change and delete (tombstone) the partners it added;
 * - `all`: whatever an edit connection may, but the `workshop` map.
 */
export const WORKSHOP_MODES = ['add', 'own', 'all'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

export function isWorkshopMode(value: unknown): value is WorkshopMode {
  return typeof value === 'string' && (WORKSHOP_MODES as readonly string[]).includes(value);
}

/** The workshop as every app shows it (the `workshop` map; defaults for what it does not hold). */
export interface WorkshopView {
  mode: WorkshopMode;
  /** Participants can change nothing (the server refuses their updates with 4423). */
  locked: boolean;
  /** The participants' apps do not show the composition warnings (a round is on). */
  warningsHidden: boolean;
  /** The question of the round under way ("Add the partners you work with"), or null. */
  round: string | null;
}

export const DEFAULT_WORKSHOP: Readonly<WorkshopView> = Object.freeze({ mode: 'add', locked: false, warningsHidden: false, round: null });

/** The workshop state of a room as the sync server's API gives it (GET/POST /api/rooms/<room>/workshop). */
export interface WorkshopRoomState {
  mode: WorkshopMode;
  locked: boolean;
  /** A participant secret is set: participant links work (false once the session ended). */
  participants: boolean;
}

const FIELD_OK: Readonly<Record<keyof WorkshopView, (value: unknown) => boolean>> = {
  mode: isWorkshopMode,
  locked: (value) => typeof value === 'boolean',
  warningsHidden: (value) => typeof value === 'boolean',
  round: (value) => value === null || (typeof value === 'string' && value.length <= MAX_NAME_LENGTH),
};

/** Whether `value` may stand under `key` in the `workshop` map (unknown keys: plain JSON, for newer apps). */
export function workshopFieldOk(key: string, value: unknown): boolean {
  if (FORBIDDEN_KEYS.has(key)) return false;
  if (Object.hasOwn(FIELD_OK, key)) return FIELD_OK[key as keyof WorkshopView](value);
  return isJson(value, VALUE_DEPTH);
}

/** The workshop as the map holds it; a missing or unreadable value reads as its default. */
export function decodeWorkshop(map: Y.Map<unknown>): WorkshopView {
  const out: WorkshopView = { ...DEFAULT_WORKSHOP };
  for (const key of Object.keys(FIELD_OK) as (keyof WorkshopView)[]) {
    const value = map.get(key);
    if (value !== undefined && FIELD_OK[key](value)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return Object.freeze(out);
}

/** Origin of the facilitator's writes of the workshop map (not a gesture of the arena: never undone). */
export const WORKSHOP_ORIGIN: unique symbol = Symbol('arena:workshop');

/** Writes the changed fields of the workshop map in one transaction (the facilitator's app, after the API call). */
export function writeWorkshop(ydoc: Y.Doc, change: Partial<WorkshopView>): void {
  const map = roots(ydoc).workshop;
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || !workshopFieldOk(key, value)) continue;
      if (map.get(key) !== value) map.set(key, value);
    }
  }, WORKSHOP_ORIGIN);
}

// ------------------------------------------------------------------------------------------ participants

/** A participant's id: chosen once by its device (kept per room), sent in its token and in `addedBy.id`. */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const PARTICIPANT_TOKEN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{8,64})$/;

/** The provider's token on a participant link: `<participant secret>.<participant id>`. */
export function participantToken(secret: string, participantId: string): string {
  return `${secret}.${participantId}`;
}

/** The two halves of a participant token, or null (edit and view secrets have no dot). */
export function parseParticipantToken(token: string): { secret: string; participantId: string } | null {
  const match = PARTICIPANT_TOKEN.exec(token);
  return match ? { secret: match[1]!, participantId: match[2]! } : null;
}
