/**
 * How the sync server refuses a connection, and what a client should do about it. Shared by the server and
 * the browser client, so it stays pure TypeScript (no Node import).
 *
 * Every refusal closes the WebSocket with one of these codes. A refusal during authentication is first
 * sent as Hocuspocus's permission-denied message (the provider fires `onAuthenticationFailed` with the
 * reason below) and then closed with the code.
 *
 * The Hocuspocus provider reconnects after every close, whatever the code, one second later. For the
 * refusals below that would repeat forever: on reconnect the provider sends its whole unsynced state
 * again (the same oversized or invalid content), or the same refused secret. So a client calls
 * `closeAdvice(code)` in its close handler and, when `reconnect` is false, stops the provider
 * (`websocketProvider.disconnect()`) and tells the person why.
 */

export const CloseCode = {
  /** A WebSocket frame over the server's maxPayload (sent by the `ws` library itself, standard code). */
  MessageTooBig: 1009,
  /** The message could not be decoded, or it addressed another document than the room in the path. */
  BadMessage: 4400,
  /** Wrong or unknown secret, a secret of another room, or an old secret after the links were rotated. */
  Unauthorized: 4401,
  /** A live workshop's participant tried a change the facilitator's mode does not allow; nothing of it was applied. */
  NotAllowed: 4403,
  /**
   * The room's links were rotated while this connection was open (edit and view connections), or the
   * facilitator ended the workshop session or gave it a new participant secret (participant connections,
   * reason 'session-ended'). The old link no longer works.
   */
  LinkRotated: 4410,
  /** One update over the update size limit, or the document would grow over the document size limit. */
  TooLarge: 4413,
  /** The server's content check (validateUpdate) refused the update; nothing of it was applied. */
  InvalidContent: 4422,
  /** A live workshop's participant sent a change while the facilitator had locked the map; nothing was applied. */
  Locked: 4423,
  /** More updates per second than this connection may send. */
  RateLimited: 4429,
  /** The room has as many connections as it may have. */
  RoomFull: 4503,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Reasons sent with the close (and with permission-denied during authentication). */
export const CloseReason = {
  BadMessage: 'bad-message',
  Unauthorized: 'unauthorized',
  NotAllowed: 'not-allowed',
  LinkRotated: 'link-rotated',
  /** Sent with 4410 to the participants when the facilitator ends the session. */
  SessionEnded: 'session-ended',
  TooLarge: 'too-large',
  InvalidContent: 'invalid-content',
  Locked: 'locked',
  RateLimited: 'rate-limited',
  RoomFull: 'room-full',
} as const;

export type CloseKind =
  | 'bad-message'
  | 'unauthorized'
  | 'link-rotated'
  | 'too-large'
  | 'invalid-content'
  | 'not-allowed'
  | 'locked'
  | 'rate-limited'
  | 'room-full'
  /** Anything else (server restart 1001, network loss 1006, Hocuspocus's own 4205/4408): reconnect. */
  | 'transient';

export interface CloseAdvice {
  kind: CloseKind;
  /** False: stop the provider; reconnecting would be refused again or send the same content again. */
  reconnect: boolean;
  /** When set, the client may start a fresh provider after this long (the cause can pass on its own). */
  retryAfterMs?: number;
  /** For logs and developers; the UI shows its own translated text per kind. */
  meaning: string;
}

const ADVICE: Record<number, CloseAdvice> = {
  [CloseCode.MessageTooBig]: {
    kind: 'too-large',
    reconnect: false,
    meaning: 'A message was larger than the server accepts; resending it would be refused again.',
  },
  [CloseCode.BadMessage]: {
    kind: 'bad-message',
    reconnect: false,
    meaning: 'The server could not read a message, or it named another room than the link.',
  },
  [CloseCode.Unauthorized]: {
    kind: 'unauthorized',
    reconnect: false,
    meaning: 'The link is wrong, of another room, or was replaced by a new link.',
  },
  [CloseCode.LinkRotated]: {
    kind: 'link-rotated',
    reconnect: false,
    meaning: 'The links of this room were replaced while connected; the old link no longer works.',
  },
  [CloseCode.NotAllowed]: {
    kind: 'not-allowed',
    reconnect: false,
    meaning: "A participant's change that the workshop's mode does not allow; nothing of it was applied.",
  },
  [CloseCode.Locked]: {
    kind: 'locked',
    reconnect: false,
    meaning: 'The facilitator locked the map; a participant can change nothing until it is unlocked.',
  },
  [CloseCode.TooLarge]: {
    kind: 'too-large',
    reconnect: false,
    meaning: 'An update or the document is larger than the server accepts; nothing of it was applied.',
  },
  [CloseCode.InvalidContent]: {
    kind: 'invalid-content',
    reconnect: false,
    meaning: 'The server refused an update whose content is not valid; nothing of it was applied.',
  },
  [CloseCode.RateLimited]: {
    kind: 'rate-limited',
    reconnect: false,
    retryAfterMs: 10_000,
    meaning: 'Too many updates per second on this connection.',
  },
  [CloseCode.RoomFull]: {
    kind: 'room-full',
    reconnect: false,
    retryAfterMs: 30_000,
    meaning: 'The room has as many connections as it may have.',
  },
};

const BY_REASON: Record<string, number> = {
  [CloseReason.BadMessage]: CloseCode.BadMessage,
  [CloseReason.Unauthorized]: CloseCode.Unauthorized,
  [CloseReason.LinkRotated]: CloseCode.LinkRotated,
  [CloseReason.SessionEnded]: CloseCode.LinkRotated,
  [CloseReason.NotAllowed]: CloseCode.NotAllowed,
  [CloseReason.Locked]: CloseCode.Locked,
  [CloseReason.TooLarge]: CloseCode.TooLarge,
  [CloseReason.InvalidContent]: CloseCode.InvalidContent,
  [CloseReason.RateLimited]: CloseCode.RateLimited,
  [CloseReason.RoomFull]: CloseCode.RoomFull,
  // What Hocuspocus itself sends when a hook refuses without a reason.
  'permission-denied': CloseCode.Unauthorized,
};

/** What a close code means and whether the provider may reconnect. */
export function closeAdvice(code: number): CloseAdvice {
  return (
    ADVICE[code] ?? { kind: 'transient', reconnect: true, meaning: 'The connection ended; the provider reconnects.' }
  );
}

/** The same advice for the reason of `onAuthenticationFailed` (a permission-denied message). */
export function authFailureAdvice(reason: string): CloseAdvice {
  return closeAdvice(BY_REASON[reason] ?? CloseCode.Unauthorized);
}
