/**
 * How the home screen (or any other tab) asks the tab that edits an arena to make a change itself, so
 * the change goes through that tab's document, undo history and autosave instead of being written
 * underneath it and then overwritten by its next save.
 */
export type EditorRequest = { type: 'rename'; title: string } | { type: 'flush' };

type Message = { kind: 'request'; id: string; request: EditorRequest } | { kind: 'done'; id: string } | { kind: 'deleted' };

const channelName = (arenaId: string) => `arena-requests:${arenaId}`;

function open(arenaId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(arenaId));
}

/** Resolves true once the editing tab has carried the request out, false when nobody answered in time. */
export function askEditor(arenaId: string, request: EditorRequest, timeoutMs = 1500): Promise<boolean> {
  const channel = open(arenaId);
  if (!channel) return Promise.resolve(false);
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const finish = (answered: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(answered);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    channel.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.kind === 'done' && e.data.id === id) finish(true);
    };
    channel.postMessage({ kind: 'request', id, request } satisfies Message);
  });
}

/** Tells an editing tab (if any) that its arena was deleted elsewhere. */
export function announceDeleted(arenaId: string): void {
  const channel = open(arenaId);
  if (!channel) return;
  channel.postMessage({ kind: 'deleted' } satisfies Message);
  channel.close();
}

/** The editing tab's side: carries requests out (and then answers) and hears of a deletion. */
export function answerEditorRequests(arenaId: string, handlers: { onRequest(request: EditorRequest): Promise<void> | void; onDeleted(): void }): () => void {
  const channel = open(arenaId);
  if (!channel) return () => {};
  channel.onmessage = (e: MessageEvent<Message>) => {
    const message = e.data;
    if (message?.kind === 'deleted') handlers.onDeleted();
    else if (message?.kind === 'request' && message.request && typeof message.id === 'string') {
      void Promise.resolve(handlers.onRequest(message.request)).then(() => channel.postMessage({ kind: 'done', id: message.id } satisfies Message));
    }
  };
  return () => channel.close();
}
