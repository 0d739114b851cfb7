/**
 * The server's refusals as the client names them (src/server/closeCodes.ts says which close codes mean
 * what). A refusal ends the reconnecting: the same attempt would be refused again, and an oversized or
 * invalid change would be sent again forever.
 */
import { authFailureAdvice, closeAdvice, type CloseKind } from '../../server/closeCodes';

export type Refusal = 'secret' | 'tooLarge' | 'rate' | 'invalid' | 'full' | 'notAllowed' | 'locked' | 'other';

const BY_KIND: Record<Exclude<CloseKind, 'transient'>, Refusal> = {
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
  const advice = closeAdvice(code);
  return advice.reconnect || advice.kind === 'transient' ? null : BY_KIND[advice.kind];
}

/** The refusal of a permission-denied during authentication. */
export function refusalOfAuth(reason: string | undefined): Refusal {
  const advice = authFailureAdvice(reason ?? '');
  return advice.kind === 'transient' ? 'secret' : BY_KIND[advice.kind];
}

/** Whether a close was the links being replaced (this device may hold the new secret already). */
export function isRotation(code: number | undefined): boolean {
  return code !== undefined && closeAdvice(code).kind === 'link-rotated';
}
