/**
 * Actions on the trust ties between partners: drawing one (by dragging on the map or from the
 * inspector), changing its kind or note, deleting it. Each is one undo step through the document store's
 * commit, so it is saved, undone and (in a shared arena) synced like any other change.
 *
 * One tie per pair of partners, whatever the direction: a second tie between the same two would make
 * the map draw two lines on top of each other and count the pair twice in nobody's favour; its kind says
 * what the pair has (works well together, trusts, conflict).
 */
import { useDocumentStore } from './documentStore';
import { MAX_TEXT_LENGTH, type Arena, type Tie, type TieKind } from '../domain/arena';
import { newId } from '../domain/ids';

export type TieError = 'readOnly' | 'self' | 'unknown' | 'exists';

const store = () => useDocumentStore.getState();

/** The tie between two partners, in either direction; undefined when there is none. */
export function tieBetween(ties: Arena['ties'] | undefined, a: string, b: string): Tie | undefined {
  for (const id in ties) {
    const tie = ties[id]!;
    if ((tie.from === a && tie.to === b) || (tie.from === b && tie.to === a)) return tie;
  }
  return undefined;
}

/** Ties a partner to another. Refused for the partner itself, an unknown partner, or a pair already tied. */
export function addTie(from: string, to: string, kind: TieKind = 'works', note = ''): { ok: true; id: string } | { ok: false; error: TieError } {
  const { doc, readOnly } = store();
  if (!doc || readOnly) return { ok: false, error: 'readOnly' };
  if (from === to) return { ok: false, error: 'self' };
  if (!doc.partners[from] || !doc.partners[to]) return { ok: false, error: 'unknown' };
  if (tieBetween(doc.ties, from, to)) return { ok: false, error: 'exists' };
  const now = store().now();
  const tie: Tie = { id: newId(), from, to, kind, note: note.slice(0, MAX_TEXT_LENGTH), createdAt: now, updatedAt: now };
  const done = store().commit((d) => {
    d.ties[tie.id] = tie;
  });
  return done ? { ok: true, id: tie.id } : { ok: false, error: 'readOnly' };
}

export function setTieKind(id: string, kind: TieKind): void {
  const tie = store().doc?.ties[id];
  if (!tie || tie.kind === kind) return;
  store().commit((d, now) => {
    const t = d.ties[id];
    if (!t) return;
    t.kind = kind;
    t.updatedAt = now;
  });
}

export function setTieNote(id: string, note: string): void {
  const tie = store().doc?.ties[id];
  if (!tie || tie.note === note) return;
  store().commit((d, now) => {
    const t = d.ties[id];
    if (!t) return;
    t.note = note.slice(0, MAX_TEXT_LENGTH);
    t.updatedAt = now;
  });
}

export function deleteTie(id: string): void {
  if (!store().doc?.ties[id]) return;
  store().commit((d) => {
    delete d.ties[id];
  });
}
