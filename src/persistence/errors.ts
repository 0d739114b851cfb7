/** Turns the browser's storage errors into the reasons a user is shown. */
export type SaveFailure = 'quota' | 'closed' | 'unknown' | 'deleted' | 'conflict';

/** The arena this tab edits was deleted elsewhere (the home screen): it is never written back. */
export class ArenaGoneError extends Error {
  constructor() {
    super('the arena was deleted elsewhere');
    this.name = 'ArenaGoneError';
  }
}

/** Something else wrote the arena since this tab last did: this tab's write is refused, not merged. */
export class ArenaConflictError extends Error {
  constructor() {
    super('the arena was changed elsewhere');
    this.name = 'ArenaConflictError';
  }
}

/** Another tab edits the arena and did not answer the request to make the change itself. */
export class HeldElsewhereError extends Error {
  constructor() {
    super('the arena is being edited in another tab');
    this.name = 'HeldElsewhereError';
  }
}

export function classifyError(error: unknown): SaveFailure {
  const name = error instanceof Error || (error && typeof error === 'object' && 'name' in error) ? String((error as { name: unknown }).name) : '';
  const inner = error && typeof error === 'object' && 'inner' in error ? (error as { inner: unknown }).inner : null;
  if (error instanceof ArenaGoneError) return 'deleted';
  if (error instanceof ArenaConflictError) return 'conflict';
  if (name === 'QuotaExceededError' || (inner && classifyError(inner) === 'quota')) return 'quota';
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || name === 'UnknownError') return 'closed';
  if (inner) return classifyError(inner);
  return 'unknown';
}
