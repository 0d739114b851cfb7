/**
 * Whether the map shows the trust ties: session UI, like the selection. Hiding them is for a moment of
 * the discussion (the projector while the group talks about the composition), so it is not part of the
 * arena, not undone and not remembered: the page opened again shows the ties, and nobody reopening the
 * arena months later misses that there are ties.
 */
import { create } from 'zustand';

export const useTiesView = create<{ hidden: boolean }>()(() => ({ hidden: false }));
