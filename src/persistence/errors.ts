/** Turns the browser's storage errors into the reasons a user is shown. */
export type SaveFailure = 'quota' | 'closed' | 'unknown';

export function classifyError(error: unknown): SaveFailure {
  const name = error instanceof Error || (error && typeof error === 'object' && 'name' in error) ? String((error as { name: unknown }).name) : '';
  const inner = error && typeof error === 'object' && 'inner' in error ? (error as { inner: unknown }).inner : null;
  if (name === 'QuotaExceededError' || (inner && classifyError(inner) === 'quota')) return 'quota';
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || name === 'UnknownError') return 'closed';
  if (inner) return classifyError(inner);
  return 'unknown';
}
