/**
 * The server's refusals as the client names them (src/server/closeCodes.ts says which close codes mean
 * what). A refusal ends the reconnecting: the same attempt would be refused again, and an oversized or
 * invalid change would be sent again forever.
 *
 * A live workshop adds two, for participant connections only: 4403 'not-allowed' (a change this
 * participant may not make in the facilitator's mode) and 4423 'locked' (the facilitator locked the map).
 * They are read by number as well as by kind, so a client knows them from a server that names them.
 */
import { authFailureAdvice, closeAdvice } from '../../server/closeCodes';

export type Refusal = 'secret' | 'tooLarge' | 'rate' | 'invalid' | 'full' | 'notAllowed' | 'locked' | 'other';

/** The workshop's close codes (issue 15; the server's closeCodes.ts names them 'not-allowed' and 'locked'). */
export const NOT_ALLOWED_CODE = 4403;
export const LOCKED_CODE = 4423;

const BY_CODE: Readonly<Record<number, Refusal>> = { [NOT_ALLOWED_CODE]: 'notAllowed', [LOCKED_CODE]: 'locked' };

const BY_KIND: Readonly<Record<string, Refusal>> = {
  unauthorized: 'secret',
  'link-rotated': 'secret',
  'too-large': 'tooLarge',
  'rate-limited': 'rate',
  'invalid-content': 'invalid',
  'room-full': 'full',
  'not-allowed': 'notAllowed',
  locked: 'locked',
  'bad-message': 'other',
};

/** The refusal a close code means; null for a close to reconnect after (network loss, server restart). */
export function refusalOf(code: number | undefined): Refusal | null {
  if (code === undefined) return null;
  const known = BY_CODE[code];
  if (known) return known;
  const advice = closeAdvice(code);
  return advice.reconnect || advice.kind === 'transient' ? null : (BY_KIND[advice.kind] ?? 'other');
}

/** The refusal of a permission-denied during authentication. */
export function refusalOfAuth(reason: string | undefined): Refusal {
  if (reason === 'not-allowed' || reason === 'locked') return BY_KIND[reason]!;
  const advice = authFailureAdvice(reason ?? '');
  return advice.kind === 'transient' ? 'secret' : (BY_KIND[advice.kind] ?? 'other');
}

/** Whether a close was the links being replaced (this device may hold the new secret already). */
export function isRotation(code: number | undefined): boolean {
  return code !== undefined && closeAdvice(code).kind === 'link-rotated';
}
