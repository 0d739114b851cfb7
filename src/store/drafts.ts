/**
 * Text being typed that has not reached the document yet. A field commits what is typed after a short
 * pause (one undo step per finished edit, see the store's `typing`), and registers here meanwhile, so
 * that the page going away (autosave's pagehide) can commit it first and the header never says *Saved*
 * while typed text is only in a field.
 */
import { create } from 'zustand';

/** How long typing may pause before what was typed is put in the document (and so saved). */
export const TYPING_COMMIT_MS = 300;

const pending = new Map<object, () => void>();

/** How many fields hold typed text that is not in the document yet (for the save status). */
export const useDraftCount = create<{ count: number }>(() => ({ count: 0 }));

const publish = () => useDraftCount.setState({ count: pending.size });

/** A field has typed text waiting; `commit` puts it in the document. */
export function holdDraft(owner: object, commit: () => void): void {
  const had = pending.has(owner);
  pending.set(owner, commit);
  if (!had) publish();
}

export function releaseDraft(owner: object): void {
  if (pending.delete(owner)) publish();
}

/** Commits every waiting draft now (the page is being hidden or closed). */
export function flushDrafts(): void {
  const commits = [...pending.values()];
  pending.clear();
  for (const commit of commits) commit();
  publish();
}
