/** Stable random ids, so records can later be merged across devices by a sync engine. */
export function newId(): string {
  return crypto.randomUUID();
}
