/**
 * The server's refusals as the client names them. A refusal ends the reconnecting: the same attempt would
 * be refused again. Codes come from the server (src/server/closeCodes.ts).
 */
export type Refusal = 'secret' | 'tooLarge' | 'rate' | 'invalid' | 'full' | 'other';

const BY_CODE: Record<number, Refusal> = {
  4401: 'secret',
  4403: 'secret',
  4413: 'tooLarge',
  1009: 'tooLarge',
  4429: 'rate',
  4422: 'invalid',
  4503: 'full',
};

export function refusalOf(code: number | undefined): Refusal | null {
  return code !== undefined ? (BY_CODE[code] ?? null) : null;
}
