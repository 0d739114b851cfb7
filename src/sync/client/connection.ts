/**
 * One shared arena's connection to the sync server: a Hocuspocus provider on the arena's Y.Doc, with the
 * link's secret as its token. It reports a plain state for the header (connecting, synced, syncing,
 * offline, unreachable, refused). A refusal by the server (wrong or replaced secret, too large, too many
 * changes, unreadable content, room full) stops the reconnecting: trying again would be refused again,
 * and an oversized change would be sent again forever.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { isRotation, refusalOf, refusalOfAuth, type Refusal } from './refusals';
import { syncSocketUrl } from './server';

export type ConnectionState =
  | { state: 'connecting' }
  | { state: 'synced' }
  | { state: 'syncing' }
  | { state: 'offline' }
  | { state: 'unreachable' }
  | { state: 'refused'; refusal: Refusal };

export interface Connection {
  provider: HocuspocusProvider;
  /** Connects again after a refusal (Try again) or with a new secret (New links). */
  retry(): void;
  destroy(): void;
}

export interface ConnectOptions {
  room: string;
  /** Read at every (re)connection, so new links take effect without a new provider. */
  secret: () => string;
  onState(state: ConnectionState): void;
  /** True while this device replaces the links itself: the server closes it too, and it reconnects after. */
  rotating?: () => boolean;
  /** The server said which access this link has (read-write or readonly). */
  onScope?(scope: 'edit' | 'view'): void;
  url?: string;
  /** Node tests pass the `ws` package; browsers have WebSocket. */
  WebSocketPolyfill?: unknown;
}

/** How long a connection attempt may fail before the header says the server cannot be reached. */
export const UNREACHABLE_AFTER_MS = 4000;

export function connect(doc: Y.Doc, options: ConnectOptions): Connection {
  let refused: Refusal | null = null;
  let failingSince: number | null = null;
  let last: ConnectionState['state'] | null = null;
  /** The secret the current connection authenticated with. */
  let usedSecret: string | null = null;

  const report = (next: ConnectionState) => {
    if (refused && next.state !== 'refused') return;
    last = next.state;
    options.onState(next);
  };
  const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

  const socket = new HocuspocusProviderWebsocket({
    url: options.url ?? syncSocketUrl(options.room),
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // Back off to at most 10 s, so a laptop that wakes or a server that restarts is found again soon.
    // (minDelay must not exceed delay: the retry library then gives up before the first attempt, silently.)
    delay: 500,
    minDelay: 250,
    factor: 2,
    maxDelay: 10_000,
    onMaxAttemptsFailed: () => report({ state: 'unreachable' }),
    onClose: ({ event }) => {
      // The links were replaced from this device: its next connection uses the new secret.
      if (isRotation(event.code) && (options.secret() !== usedSecret || options.rotating?.())) return;
      const refusal = refusalOf(event.code);
      if (refusal) return refuse(refusal);
      if (failingSince === null) failingSince = Date.now();
      if (!online()) report({ state: 'offline' });
      else if (last !== 'connecting' || Date.now() - failingSince >= UNREACHABLE_AFTER_MS) report({ state: 'unreachable' });
    },
  });

  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: doc,
    token: () => (usedSecret = options.secret()),
    onAuthenticated: ({ scope }) => options.onScope?.(scope === 'readonly' ? 'view' : 'edit'),
    onAuthenticationFailed: ({ reason }) => {
      // Reconnected with the old secret while this device's own New links was under way: it retries after.
      if (options.rotating?.()) return;
      refuse(refusalOfAuth(reason));
    },
    onSynced: () => {
      failingSince = null;
      report({ state: provider.hasUnsyncedChanges ? 'syncing' : 'synced' });
    },
    onUnsyncedChanges: ({ number }) => {
      if (!provider.isSynced || refused) return;
      report({ state: number > 0 ? 'syncing' : 'synced' });
    },
  });
  provider.attach();

  function refuse(refusal: Refusal) {
    refused = refusal;
    last = 'refused';
    // No more attempts: each would be refused again (and an oversized change resent forever).
    socket.disconnect();
    options.onState({ state: 'refused', refusal });
  }

  /**
   * A new connection now. The provider's connect() does nothing while its socket still counts as connected,
   * and disconnect() closes asynchronously and stops the reconnecting: called one after the other, the
   * close came after the connect() that did nothing, and nothing reconnected (after New links, or back
   * online on a socket that outlived the network, the header stayed at Connecting…). So connect once the
   * close has come.
   */
  let reconnecting: (() => void) | null = null;
  const reconnect = () => {
    if (reconnecting) socket.off('disconnect', reconnecting);
    reconnecting = null;
    if (socket.status !== WebSocketStatus.Connected) {
      void socket.connect();
      return;
    }
    const once = () => {
      socket.off('disconnect', once);
      if (reconnecting !== once) return;
      reconnecting = null;
      void socket.connect();
    };
    reconnecting = once;
    socket.on('disconnect', once);
    socket.disconnect();
  };

  const wentOffline = () => report({ state: 'offline' });
  const cameOnline = () => {
    if (refused) return;
    report({ state: 'connecting' });
    reconnect();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameOnline);
  }
  report(online() ? { state: 'connecting' } : { state: 'offline' });

  return {
    provider,
    retry() {
      refused = null;
      failingSince = null;
      report({ state: 'connecting' });
      reconnect();
    },
    destroy() {
      if (reconnecting) socket.off('disconnect', reconnecting);
      reconnecting = null;
      if (typeof window !== 'undefined') {
        window.removeEventListener('offline', wentOffline);
        window.removeEventListener('online', cameOnline);
      }
      provider.destroy();
      socket.destroy();
    },
  };
}
