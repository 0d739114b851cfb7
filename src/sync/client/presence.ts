/**
 * Presence over the provider's awareness: a partner this device drags is announced at most every 50 ms
 * (20 a second, well under the server's rate limit), and the partners the other devices drag are put in the
 * presence store, so the map shows them moving, marked as moved elsewhere. Nothing here enters the Y.Doc.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Point } from '../../domain/rings';
import { clearPresence, usePresenceStore } from '../../store/presenceStore';

const SEND_EVERY_MS = 50;

interface DragState {
  id: string;
  x: number;
  y: number;
}

function isDrag(value: unknown): value is DragState {
  if (!value || typeof value !== 'object') return false;
  const { id, x, y } = value as Record<string, unknown>;
  return typeof id === 'string' && id.length <= 64 && Number.isFinite(x) && Number.isFinite(y);
}

export function startPresence(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness;
  if (!awareness) return () => {};
  let pending: DragState | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    if (pending === undefined) return;
    awareness.setLocalStateField('dragging', pending);
    pending = undefined;
  };
  usePresenceStore.getState().set({
    publish: (drag) => {
      pending = drag ? { id: drag.id, x: drag.position.x, y: drag.position.y } : null;
      if (!drag) {
        // The end of a drag goes after the move itself (the same socket, in order), so no one sees the
        // partner jump back for a moment.
        if (timer) clearTimeout(timer);
        timer = setTimeout(send, SEND_EVERY_MS);
      } else if (!timer) timer = setTimeout(send, SEND_EVERY_MS);
    },
  });

  const onChange = () => {
    const drags = new Map<string, Point>();
    for (const [client, state] of awareness.getStates()) {
      if (client === awareness.clientID) continue;
      const drag = (state as { dragging?: unknown }).dragging;
      if (isDrag(drag)) drags.set(drag.id, { x: drag.x, y: drag.y });
    }
    const before = usePresenceStore.getState().remoteDrags;
    if (drags.size === 0 && before.size === 0) return;
    usePresenceStore.getState().set({ remoteDrags: drags });
  };
  awareness.on('change', onChange);
  return () => {
    if (timer) clearTimeout(timer);
    awareness.off('change', onChange);
    awareness.setLocalStateField('dragging', null);
    clearPresence();
  };
}
