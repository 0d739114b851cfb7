export interface SyncLimits {
  /** One Yjs update, in bytes (also the WebSocket frame limit, plus a little for the message's header). */
  maxUpdateBytes: number;
  /** The whole document (its encoded state), in bytes. */
  maxDocumentBytes: number;
  /** Messages (document updates and presence) per second on one connection; bursts of twice that pass. */
  maxUpdatesPerSecond: number;
  /** Open connections (edit and view) of one room. */
  maxConnectionsPerRoom: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  // The first sync of a shared arena carries the whole document in one message: 2 MB holds a
  // 2,000-partner arena with notes (256 kB refused a 600-partner one, and its device stopped for good).
  maxUpdateBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 8 * 1024 * 1024,
  maxUpdatesPerSecond: 60,
  maxConnectionsPerRoom: 60,
};

/** Room name, message type and length prefixes around the update: far less than this. */
export const FRAME_OVERHEAD_BYTES = 1024;

/**
 * One bucket per connection, never per IP address: a whole workshop behind one venue network shares one
 * address, and a limit per address would refuse all of them for one person's flood. Holds two seconds'
 * worth, so a paste or a reconnect's few sync messages pass, a runaway loop does not.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity = perSecond * 2,
    now = performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  take(now = performance.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
